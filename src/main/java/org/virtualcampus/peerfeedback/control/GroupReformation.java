package org.virtualcampus.peerfeedback.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups planned before a session, re-formed from those present at its start. A planned group stays
 * as planned for its members who are present, as long as two of them are; someone whose partners
 * are all absent, and anyone present who was not planned (enrolled later, or left out), first
 * completes a pair to a triad, then the rest form groups of their own by {@link GroupFormation}; a
 * single one left over joins a triad as a fourth. Everyone present at the start rotates (nobody is
 * a late observer).
 */
public final class GroupReformation {
  private GroupReformation() {}

  /**
   * @param planned the planned groups, member ids in planned order (absent ones included)
   * @param present everyone checked in, at least two
   */
  public static List<PracticeGroup> reform(
      List<List<String>> planned, List<Practitioner> present, PairHistory history) {
    Map<String, String> professions = new HashMap<>();
    present.forEach(p -> professions.put(p.id(), p.profession()));
    Set<String> placed = new HashSet<>();
    List<PracticeGroup> kept = new ArrayList<>();
    List<Practitioner> loose = new ArrayList<>();
    for (List<String> group : planned) {
      List<String> here = group.stream().filter(professions::containsKey).toList();
      placed.addAll(here);
      if (here.size() >= 2) {
        kept.add(new PracticeGroup(here));
      } else if (here.size() == 1) {
        loose.add(new Practitioner(here.get(0), professions.get(here.get(0))));
      }
    }
    present.stream()
        .filter(p -> !placed.contains(p.id()))
        .sorted(Comparator.comparing(Practitioner::id))
        .forEach(loose::add);
    // Pairs first: they have no observer of their own.
    while (!loose.isEmpty() && kept.stream().anyMatch(g -> g.size() == 2)) {
      kept = rotatingAll(GroupFormation.joinLate(kept, loose.remove(0), history, professions));
    }
    if (loose.size() >= 2) {
      kept.addAll(GroupFormation.form(loose, history));
    } else if (loose.size() == 1) {
      kept = placeOne(kept, loose.get(0), history, professions);
    }
    return List.copyOf(kept);
  }

  /**
   * One person left: a fourth in a triad, or, when every group has four, a pair with one of them.
   */
  private static List<PracticeGroup> placeOne(
      List<PracticeGroup> groups,
      Practitioner one,
      PairHistory history,
      Map<String, String> professions) {
    if (groups.stream().anyMatch(g -> g.size() < PracticeGroup.MAX_SIZE)) {
      return rotatingAll(GroupFormation.joinLate(groups, one, history, professions));
    }
    List<PracticeGroup> result = new ArrayList<>(groups);
    List<String> four = result.get(result.size() - 1).members();
    result.set(result.size() - 1, new PracticeGroup(four.subList(0, 3)));
    result.add(new PracticeGroup(List.of(four.get(3), one.id())));
    return result;
  }

  private static List<PracticeGroup> rotatingAll(List<PracticeGroup> groups) {
    List<PracticeGroup> all = new ArrayList<>();
    groups.forEach(g -> all.add(new PracticeGroup(g.members())));
    return all;
  }
}
