package org.virtualcampus.peerfeedback.control;

import java.util.List;

/**
 * Branch and bound over all partitions with the size pattern. Each partition is visited once: the
 * lowest unassigned person always opens the next group, and the rest of that group comes from
 * higher indexes. Group costs are never negative, so a partial cost at or above the best complete
 * one prunes the branch. The first best found wins ties, which keeps the result deterministic.
 */
final class ExactSearch {
  private final Cohort cohort;
  private final int[] sizeCounts = new int[PracticeGroup.MAX_SIZE + 1];
  private final boolean[] assigned;
  private final int[][] current;
  private int[][] best;
  private long bestCost = Long.MAX_VALUE;

  private ExactSearch(Cohort cohort, List<Integer> sizes) {
    this.cohort = cohort;
    sizes.forEach(s -> sizeCounts[s]++);
    assigned = new boolean[cohort.size];
    current = new int[sizes.size()][];
  }

  static int[][] solve(Cohort cohort, List<Integer> sizes) {
    ExactSearch search = new ExactSearch(cohort, sizes);
    search.openGroup(0, 0);
    return search.best;
  }

  private void openGroup(int groupIndex, long partialCost) {
    int first = 0;
    while (first < assigned.length && assigned[first]) {
      first++;
    }
    if (first == assigned.length) {
      if (partialCost < bestCost) {
        bestCost = partialCost;
        best = new int[current.length][];
        for (int g = 0; g < current.length; g++) {
          best[g] = current[g].clone();
        }
      }
      return;
    }
    for (int size = 2; size <= PracticeGroup.MAX_SIZE; size++) {
      if (sizeCounts[size] == 0) {
        continue;
      }
      sizeCounts[size]--;
      int[] group = new int[size];
      group[0] = first;
      assigned[first] = true;
      fill(group, 1, first + 1, groupIndex, partialCost);
      assigned[first] = false;
      sizeCounts[size]++;
    }
  }

  private void fill(int[] group, int position, int from, int groupIndex, long partialCost) {
    if (position == group.length) {
      long cost = partialCost + cohort.cost(group, group.length);
      if (cost < bestCost) {
        current[groupIndex] = group;
        openGroup(groupIndex + 1, cost);
      }
      return;
    }
    for (int candidate = from; candidate < assigned.length; candidate++) {
      if (!assigned[candidate]) {
        group[position] = candidate;
        assigned[candidate] = true;
        fill(group, position + 1, candidate + 1, groupIndex, partialCost);
        assigned[candidate] = false;
      }
    }
  }
}
