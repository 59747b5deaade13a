package org.virtualcampus.peerfeedback.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Forms the practice groups of a peer feedback session. First objective: the fewest repeated pairs
 * (the sum over groups of how often each pair in it was grouped before), so people practise with
 * new partners; second: the most profession mixing (the sum over groups of distinct professions).
 * Small cohorts get the true optimum by exhaustive search; larger ones a seeded local search.
 */
public final class GroupFormation {
  /** Up to here the exhaustive search stays in milliseconds (12 people: 15,400 partitions). */
  static final int EXACT_LIMIT = 12;

  private GroupFormation() {}

  /**
   * Groups everyone present by the size pattern of {@link GroupSizes}. The result does not depend
   * on the order of {@code present}: people are taken in id order and the seed comes from the ids.
   * Within a group the rotation follows id order; groups are listed by their first member.
   */
  public static List<PracticeGroup> form(List<Practitioner> present, PairHistory history) {
    List<Practitioner> people =
        present.stream().sorted(Comparator.comparing(Practitioner::id)).toList();
    checkDistinct(people);
    List<Integer> sizes = GroupSizes.of(people.size());
    Cohort cohort = new Cohort(people, history);
    int[][] groups =
        people.size() <= EXACT_LIMIT
            ? ExactSearch.solve(cohort, sizes)
            : LocalSearch.solve(cohort, sizes, new Random(seed(people)));
    return Arrays.stream(groups)
        .map(g -> Arrays.stream(g).sorted().toArray())
        .sorted(Comparator.comparingInt(g -> g[0]))
        .map(g -> new PracticeGroup(Arrays.stream(g).mapToObj(i -> people.get(i).id()).toList()))
        .toList();
  }

  /**
   * Adds a late arrival to a group as an observer in every round, appended after the rotation so
   * nobody else's rounds change. A pair is preferred (it has no observer of its own), then a triad;
   * among those, the fewest repeated pairs with the newcomer, then the most mixing; the first such
   * group in list order wins ties. Groups of 4 never grow.
   *
   * @param professions profession by id of those already grouped; the late person's comes with them
   * @throws IllegalStateException when every group already has 4 members
   */
  public static List<PracticeGroup> joinLate(
      List<PracticeGroup> groups,
      Practitioner late,
      PairHistory history,
      Map<String, String> professions) {
    if (groups.stream().anyMatch(g -> g.contains(late.id()))) {
      throw new IllegalArgumentException(late.id() + " is already in a group");
    }
    int chosen = -1;
    long chosenScore = Long.MAX_VALUE;
    for (int i = 0; i < groups.size(); i++) {
      PracticeGroup group = groups.get(i);
      if (group.size() >= PracticeGroup.MAX_SIZE) {
        continue;
      }
      long score = lateScore(group, late, history, professions);
      if (score < chosenScore) {
        chosenScore = score;
        chosen = i;
      }
    }
    if (chosen < 0) {
      throw new IllegalStateException("every group is full: " + late.id() + " cannot join late");
    }
    List<PracticeGroup> result = new ArrayList<>(groups);
    result.set(chosen, groups.get(chosen).withLateObserver(late.id()));
    return List.copyOf(result);
  }

  /** Lower is better: group size first, then repeats, then lost mixing (each term bounded). */
  private static long lateScore(
      PracticeGroup group,
      Practitioner late,
      PairHistory history,
      Map<String, String> professions) {
    long repeats = 0;
    for (String member : group.members()) {
      repeats += history.count(member, late.id());
    }
    boolean sameProfession =
        group.members().stream().anyMatch(m -> late.profession().equals(professions.get(m)));
    return group.size() * (1L << 40) + repeats * 2 + (sameProfession ? 1 : 0);
  }

  public static int repeatedPairs(List<PracticeGroup> groups, PairHistory history) {
    int total = 0;
    for (PracticeGroup group : groups) {
      List<String> members = group.members();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          total += history.count(members.get(i), members.get(j));
        }
      }
    }
    return total;
  }

  /** Sum over groups of distinct professions; an id missing from the map counts as its own. */
  public static int mixing(List<PracticeGroup> groups, Map<String, String> professionById) {
    int total = 0;
    for (PracticeGroup group : groups) {
      Set<String> distinct = new HashSet<>();
      group.members().forEach(m -> distinct.add(professionById.getOrDefault(m, "?" + m)));
      total += distinct.size();
    }
    return total;
  }

  private static void checkDistinct(List<Practitioner> people) {
    for (int i = 1; i < people.size(); i++) {
      if (people.get(i).id().equals(people.get(i - 1).id())) {
        throw new IllegalArgumentException(people.get(i).id() + " is listed twice as present");
      }
    }
  }

  /** FNV-1a over the sorted ids: stable across JVMs, unlike identity hashes. */
  private static long seed(List<Practitioner> people) {
    long hash = 0xcbf29ce484222325L;
    for (Practitioner p : people) {
      for (char c : (p.id() + '\u0000').toCharArray()) {
        hash = (hash ^ c) * 0x100000001b3L;
      }
    }
    return hash;
  }
}
