package org.virtualcampus.peerfeedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.virtualcampus.peerfeedback.control.PairHistory;

/**
 * The reference the production search is checked against, written the plain way on purpose: every
 * permutation of the people, cut into consecutive groups of the expected sizes. Each partition
 * appears many times over, which is slow but obviously complete for n ≤ 8.
 */
final class BruteForce {
  /** Fewest repeats, and the most mixing among partitions with that many repeats. */
  record Best(int repeats, int mixingAtFewestRepeats) {}

  private final int[][] counts;
  private final String[] professions;
  private final int[] sizes;
  private int bestRepeats = Integer.MAX_VALUE;
  private int bestMixing = -1;

  private BruteForce(List<String> ids, PairHistory history, Map<String, String> professionById) {
    int n = ids.size();
    counts = new int[n][n];
    professions = new String[n];
    for (int i = 0; i < n; i++) {
      professions[i] = professionById.get(ids.get(i));
      for (int j = 0; j < n; j++) {
        counts[i][j] = i == j ? 0 : history.count(ids.get(i), ids.get(j));
      }
    }
    sizes = expectedSizes(n).stream().mapToInt(Integer::intValue).toArray();
  }

  /** The size pattern, derived from the rules independently of the production code. */
  static List<Integer> expectedSizes(int n) {
    List<Integer> sizes = new ArrayList<>();
    int rest = n;
    while (rest > 0) {
      int size = rest == 4 ? 4 : rest == 2 ? 2 : 3;
      sizes.add(size);
      rest -= size;
    }
    return sizes;
  }

  static Best best(List<String> ids, PairHistory history, Map<String, String> professions) {
    BruteForce search = new BruteForce(ids, history, professions);
    int[] order = new int[ids.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    search.permute(order, 0);
    return new Best(search.bestRepeats, search.bestMixing);
  }

  private void permute(int[] order, int k) {
    if (k == order.length) {
      score(order);
      return;
    }
    for (int i = k; i < order.length; i++) {
      swap(order, k, i);
      permute(order, k + 1);
      swap(order, k, i);
    }
  }

  private void score(int[] order) {
    int repeats = 0;
    int mixing = 0;
    int start = 0;
    for (int size : sizes) {
      java.util.Set<String> distinct = new java.util.HashSet<>();
      for (int i = start; i < start + size; i++) {
        distinct.add(professions[order[i]]);
        for (int j = i + 1; j < start + size; j++) {
          repeats += counts[order[i]][order[j]];
        }
      }
      mixing += distinct.size();
      start += size;
    }
    if (repeats < bestRepeats || (repeats == bestRepeats && mixing > bestMixing)) {
      bestRepeats = repeats;
      bestMixing = mixing;
    }
  }

  private static void swap(int[] order, int a, int b) {
    int t = order[a];
    order[a] = order[b];
    order[b] = t;
  }
}
