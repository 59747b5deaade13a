package org.virtualcampus.peerfeedback.control;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * For cohorts too large to enumerate: a greedy start, then iterated local search. The descent takes
 * every improving swap of two people in different groups, and every improving move of one person to
 * a group smaller by one (which keeps the size pattern: a 3 and a 4 become a 4 and a 3). A local
 * optimum is then kicked by a few random swaps and descended again, keeping the best. The random
 * source is seeded by the caller and the number of kicks is fixed, not timed, so the same input
 * always gives the same groups.
 *
 * <p>Each person's repeats with each group and each group's profession counts are kept up to date,
 * so a candidate swap or move is priced in a few array reads instead of re-scoring groups.
 */
final class LocalSearch {
  private static final int KICKS = 150;
  private static final int SWAPS_PER_KICK = 3;

  private final Cohort cohort;
  private final Random random;
  private final List<Integer> sizes;
  private final int[] groupOf;
  private final int[] groupSize;

  /** repeatsWith[p][g]: how often p was grouped before with the members of g. */
  private final int[][] repeatsWith;

  /** professionCount[g][k]: members of g with profession k. */
  private final int[][] professionCount;

  private LocalSearch(Cohort cohort, List<Integer> sizes, Random random) {
    this.cohort = cohort;
    this.random = random;
    this.sizes = sizes;
    groupOf = new int[cohort.size];
    groupSize = new int[sizes.size()];
    repeatsWith = new int[cohort.size][sizes.size()];
    professionCount = new int[sizes.size()][cohort.professions];
  }

  static int[][] solve(Cohort cohort, List<Integer> sizes, Random random) {
    LocalSearch search = new LocalSearch(cohort, sizes, random);
    search.greedy();
    search.descend();
    int[] best = search.groupOf.clone();
    long bestCost = search.total();
    for (int kick = 0; kick < KICKS && bestCost > 0; kick++) {
      search.load(best);
      for (int s = 0; s < SWAPS_PER_KICK; s++) {
        int a = random.nextInt(cohort.size);
        int b = random.nextInt(cohort.size);
        if (search.groupOf[a] != search.groupOf[b]) {
          search.swap(a, b);
        }
      }
      search.descend();
      long cost = search.total();
      if (cost <= bestCost) {
        bestCost = cost;
        best = search.groupOf.clone();
      }
    }
    return search.groupsOf(best);
  }

  /** Each group in turn: a random opener, then whoever adds the least cost. */
  private void greedy() {
    Arrays.fill(groupOf, -1);
    int[] order = shuffledPeople();
    int next = 0;
    for (int g = 0; g < sizes.size(); g++) {
      while (groupOf[order[next]] >= 0) {
        next++;
      }
      add(order[next], g);
      while (groupSize[g] < sizes.get(g)) {
        int chosen = -1;
        long chosenCost = Long.MAX_VALUE;
        for (int p : order) {
          long cost = groupOf[p] < 0 ? addCost(p, g) : Long.MAX_VALUE;
          if (cost < chosenCost) {
            chosenCost = cost;
            chosen = p;
          }
        }
        add(chosen, g);
      }
    }
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
          if (groupOf[a] != groupOf[b] && swapDelta(a, b) < 0) {
            swap(a, b);
            improved = true;
          }
        }
        for (int g = 0; g < groupSize.length; g++) {
          if (groupSize[g] + 1 == groupSize[groupOf[a]] && moveDelta(a, g) < 0) {
            remove(a);
            add(a, g);
            improved = true;
          }
        }
      }
    }
  }

  /** Cost change of exchanging a and b; the size of both groups stays. */
  private long swapDelta(int a, int b) {
    int ga = groupOf[a];
    int gb = groupOf[b];
    int pair = cohort.repeats[a][b];
    long repeats =
        repeatsWith[a][gb]
            - pair
            + repeatsWith[b][ga]
            - pair
            - repeatsWith[a][ga]
            - repeatsWith[b][gb];
    int pa = cohort.profession[a];
    int pb = cohort.profession[b];
    int mixingGain = 0;
    if (pa != pb) {
      mixingGain += (professionCount[ga][pb] == 0 ? 1 : 0) - (professionCount[ga][pa] == 1 ? 1 : 0);
      mixingGain += (professionCount[gb][pa] == 0 ? 1 : 0) - (professionCount[gb][pb] == 1 ? 1 : 0);
    }
    return repeats * cohort.repeatWeight - mixingGain;
  }

  /** Cost change of moving p to group g; the mixing loss counts members minus professions. */
  private long moveDelta(int p, int g) {
    int from = groupOf[p];
    int k = cohort.profession[p];
    long repeats = repeatsWith[p][g] - repeatsWith[p][from];
    int lossChange =
        (professionCount[from][k] == 1 ? 0 : -1) + (professionCount[g][k] == 0 ? 0 : 1);
    return repeats * cohort.repeatWeight + lossChange;
  }

  /** Cost added to g by putting p in it. */
  private long addCost(int p, int g) {
    return repeatsWith[p][g] * cohort.repeatWeight
        + (professionCount[g][cohort.profession[p]] == 0 ? 0 : 1);
  }

  private void swap(int a, int b) {
    int ga = groupOf[a];
    int gb = groupOf[b];
    remove(a);
    remove(b);
    add(a, gb);
    add(b, ga);
  }

  private void add(int p, int g) {
    groupOf[p] = g;
    groupSize[g]++;
    professionCount[g][cohort.profession[p]]++;
    for (int q = 0; q < cohort.size; q++) {
      repeatsWith[q][g] += cohort.repeats[q][p];
    }
  }

  private void remove(int p) {
    int g = groupOf[p];
    groupOf[p] = -1;
    groupSize[g]--;
    professionCount[g][cohort.profession[p]]--;
    for (int q = 0; q < cohort.size; q++) {
      repeatsWith[q][g] -= cohort.repeats[q][p];
    }
  }

  private void load(int[] assignment) {
    for (int p = 0; p < cohort.size; p++) {
      if (groupOf[p] != assignment[p]) {
        remove(p);
        add(p, assignment[p]);
      }
    }
  }

  private long total() {
    return cohort.cost(groupsOf(groupOf));
  }

  private int[][] groupsOf(int[] assignment) {
    int[] counts = new int[groupSize.length];
    for (int g : assignment) {
      counts[g]++;
    }
    int[][] groups = new int[groupSize.length][];
    for (int g = 0; g < groups.length; g++) {
      groups[g] = new int[counts[g]];
      counts[g] = 0;
    }
    for (int p = 0; p < assignment.length; p++) {
      groups[assignment[p]][counts[assignment[p]]++] = p;
    }
    return groups;
  }
}
