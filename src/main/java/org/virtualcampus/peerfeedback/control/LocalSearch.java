package org.virtualcampus.peerfeedback.control;

import java.util.List;
import java.util.Random;

/**
 * For cohorts too large to enumerate: a greedy start, then iterated local search. The descent takes
 * every improving swap of two people in different groups, and every improving move of one person
 * from a group to one smaller by one (which keeps the size pattern: a 3 and a 4 become a 4 and a
 * 3). A local optimum is then kicked by a few random swaps and descended again, keeping the best.
 * The random source is seeded by the caller and the number of kicks is fixed, not timed, so the
 * same input always gives the same groups.
 */
final class LocalSearch {
  private static final int KICKS = 60;
  private static final int SWAPS_PER_KICK = 3;

  private final Cohort cohort;
  private final Random random;
  private final int[][] groups;
  private final int[] lengths;
  private final int[] groupOf;
  private final long[] costs;
  private final int[] scratch = new int[PracticeGroup.MAX_SIZE];

  private LocalSearch(Cohort cohort, List<Integer> sizes, Random random) {
    this.cohort = cohort;
    this.random = random;
    groups = new int[sizes.size()][PracticeGroup.MAX_SIZE];
    lengths = new int[sizes.size()];
    groupOf = new int[cohort.size];
    costs = new long[sizes.size()];
  }

  static int[][] solve(Cohort cohort, List<Integer> sizes, Random random) {
    LocalSearch search = new LocalSearch(cohort, sizes, random);
    search.greedy(sizes);
    search.descend();
    int[][] best = search.snapshot();
    long bestCost = search.total();
    for (int kick = 0; kick < KICKS && bestCost > 0; kick++) {
      search.restore(best);
      for (int s = 0; s < SWAPS_PER_KICK; s++) {
        search.randomSwap();
      }
      search.descend();
      if (search.total() < bestCost) {
        bestCost = search.total();
        best = search.snapshot();
      }
    }
    return best;
  }

  /** Each group in turn: a random opener, then whoever adds the least cost. */
  private void greedy(List<Integer> sizes) {
    boolean[] used = new boolean[cohort.size];
    int[] order = shuffledPeople();
    int next = 0;
    for (int g = 0; g < sizes.size(); g++) {
      while (used[order[next]]) {
        next++;
      }
      place(order[next], g, used);
      while (lengths[g] < sizes.get(g)) {
        int bestPerson = -1;
        long bestCost = Long.MAX_VALUE;
        for (int p : order) {
          if (!used[p]) {
            groups[g][lengths[g]] = p;
            long cost = cohort.cost(groups[g], lengths[g] + 1);
            if (cost < bestCost) {
              bestCost = cost;
              bestPerson = p;
            }
          }
        }
        place(bestPerson, g, used);
      }
      costs[g] = cohort.cost(groups[g], lengths[g]);
    }
  }

  private void place(int person, int group, boolean[] used) {
    groups[group][lengths[group]++] = person;
    groupOf[person] = group;
    used[person] = true;
  }

  private int[] shuffledPeople() {
    int[] order = new int[cohort.size];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private void descend() {
    boolean improved = true;
    while (improved) {
      improved = false;
      for (int a = 0; a < cohort.size; a++) {
        for (int b = a + 1; b < cohort.size; b++) {
          improved |= groupOf[a] != groupOf[b] && trySwap(a, b, false);
        }
        for (int g = 0; g < groups.length; g++) {
          improved |= lengths[g] + 1 == lengths[groupOf[a]] && tryMove(a, g);
        }
      }
    }
  }

  private boolean trySwap(int a, int b, boolean force) {
    int ga = groupOf[a];
    int gb = groupOf[b];
    long costA = costWith(ga, a, b);
    long costB = costWith(gb, b, a);
    if (!force && costA + costB >= costs[ga] + costs[gb]) {
      return false;
    }
    replace(ga, a, b);
    replace(gb, b, a);
    costs[ga] = costA;
    costs[gb] = costB;
    return true;
  }

  private boolean tryMove(int person, int target) {
    int source = groupOf[person];
    long sourceCost = costWith(source, person, -1);
    groups[target][lengths[target]] = person;
    long targetCost = cohort.cost(groups[target], lengths[target] + 1);
    if (sourceCost + targetCost >= costs[source] + costs[target]) {
      return false;
    }
    replace(source, person, -1);
    lengths[target]++;
    groupOf[person] = target;
    costs[source] = sourceCost;
    costs[target] = targetCost;
    return true;
  }

  /** Cost of {@code group} with {@code out} replaced by {@code in}, or removed when in is -1. */
  private long costWith(int group, int out, int in) {
    int length = 0;
    for (int i = 0; i < lengths[group]; i++) {
      int member = groups[group][i];
      if (member != out) {
        scratch[length++] = member;
      } else if (in >= 0) {
        scratch[length++] = in;
      }
    }
    return cohort.cost(scratch, length);
  }

  private void replace(int group, int out, int in) {
    int[] members = groups[group];
    for (int i = 0; i < lengths[group]; i++) {
      if (members[i] == out) {
        if (in >= 0) {
          members[i] = in;
          groupOf[in] = group;
        } else {
          members[i] = members[--lengths[group]];
        }
        return;
      }
    }
  }

  private void randomSwap() {
    int a = random.nextInt(cohort.size);
    int b = random.nextInt(cohort.size);
    if (groupOf[a] != groupOf[b]) {
      trySwap(a, b, true);
    }
  }

  private long total() {
    long total = 0;
    for (long cost : costs) {
      total += cost;
    }
    return total;
  }

  private int[][] snapshot() {
    int[][] copy = new int[groups.length][];
    for (int g = 0; g < groups.length; g++) {
      copy[g] = java.util.Arrays.copyOf(groups[g], lengths[g]);
    }
    return copy;
  }

  private void restore(int[][] saved) {
    for (int g = 0; g < saved.length; g++) {
      System.arraycopy(saved[g], 0, groups[g], 0, saved[g].length);
      lengths[g] = saved[g].length;
      costs[g] = cohort.cost(saved[g], saved[g].length);
      for (int person : saved[g]) {
        groupOf[person] = g;
      }
    }
  }
}
