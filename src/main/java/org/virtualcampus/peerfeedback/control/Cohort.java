package org.virtualcampus.peerfeedback.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people present as indexes, with the history as a matrix and professions as small ints, so the
 * searches evaluate a group in a few array reads. One cost folds both objectives: repeats weigh
 * more than any possible mixing loss (weight n+1 against a loss of at most n), so minimising the
 * sum is minimising repeats first and then maximising mixing.
 */
final class Cohort {
  final int size;
  final int[][] repeats;
  final int[] profession;
  final int professions;
  final long repeatWeight;

  Cohort(List<Practitioner> people, PairHistory history) {
    size = people.size();
    repeats = new int[size][size];
    profession = new int[size];
    repeatWeight = size + 1L;
    Map<String, Integer> professionIds = new HashMap<>();
    for (int i = 0; i < size; i++) {
      profession[i] =
          professionIds.computeIfAbsent(people.get(i).profession(), p -> professionIds.size());
      for (int j = 0; j < i; j++) {
        int count = history.count(people.get(i).id(), people.get(j).id());
        repeats[i][j] = count;
        repeats[j][i] = count;
      }
    }
    professions = professionIds.size();
  }

  /** Weighted repeats plus mixing loss (members minus distinct professions) of one group. */
  long cost(int[] members, int length) {
    long repeated = 0;
    int distinct = 0;
    for (int i = 0; i < length; i++) {
      boolean seen = false;
      for (int j = 0; j < i; j++) {
        repeated += repeats[members[i]][members[j]];
        seen |= profession[members[i]] == profession[members[j]];
      }
      if (!seen) {
        distinct++;
      }
    }
    return repeated * repeatWeight + (length - distinct);
  }

  long cost(int[][] groups) {
    long total = 0;
    for (int[] group : groups) {
      total += cost(group, group.length);
    }
    return total;
  }
}
