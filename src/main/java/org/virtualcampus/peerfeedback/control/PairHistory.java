package org.virtualcampus.peerfeedback.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each unordered pair of people of a cohort shared a group in earlier sessions. Repeated
 * pairs are what group formation avoids first, so this is its main input besides who is present.
 */
public final class PairHistory {
  private static final PairHistory EMPTY = new PairHistory(Map.of());

  private final Map<Pair, Integer> counts;

  private PairHistory(Map<Pair, Integer> counts) {
    this.counts = Map.copyOf(counts);
  }

  public static PairHistory empty() {
    return EMPTY;
  }

  /** Counts every pair within each earlier group; a group of 4 counts 6 pairs. */
  public static PairHistory fromGroups(Collection<? extends Collection<String>> earlierGroups) {
    Map<Pair, Integer> counts = new HashMap<>();
    for (Collection<String> group : earlierGroups) {
      List<String> members = List.copyOf(group);
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          if (!members.get(i).equals(members.get(j))) {
            counts.merge(Pair.of(members.get(i), members.get(j)), 1, Integer::sum);
          }
        }
      }
    }
    return new PairHistory(counts);
  }

  /** Earlier sessions' groups, each session a list of groups of practice-group members. */
  public static PairHistory fromSessions(Collection<List<PracticeGroup>> sessions) {
    return fromGroups(
        sessions.stream().flatMap(Collection::stream).map(PracticeGroup::members).toList());
  }

  /** Symmetric: {@code count(a, b) == count(b, a)}; a person with themself is 0. */
  public int count(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    return counts.getOrDefault(Pair.of(a, b), 0);
  }

  /** The pair with its ids in a fixed order, so that (a, b) and (b, a) are one key. */
  private record Pair(String low, String high) {
    static Pair of(String a, String b) {
      return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
    }
  }
}
