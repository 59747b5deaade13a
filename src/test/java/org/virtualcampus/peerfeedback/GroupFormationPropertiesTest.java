package org.virtualcampus.peerfeedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.virtualcampus.peerfeedback.control.GroupFormation;
import org.virtualcampus.peerfeedback.control.PracticeGroup;
import org.virtualcampus.peerfeedback.control.Practitioner;
import org.virtualcampus.peerfeedback.control.Role;

/** Group formation over random cohorts of 2 to 60 people with random professions and history. */
class GroupFormationPropertiesTest {

  @Provide
  Arbitrary<Scenario> cohorts() {
    return Scenario.of(2, 60, 4);
  }

  /** Small enough for the brute force; more sessions so that avoiding repeats is hard. */
  @Provide
  Arbitrary<Scenario> smallCohorts() {
    return Scenario.of(2, 8, 6);
  }

  @Property(tries = 150)
  void everyonePresentIsInExactlyOneGroup(@ForAll("cohorts") Scenario s) {
    List<String> grouped = members(GroupFormation.form(s.present(), s.history()));
    assertThat(grouped).containsExactlyInAnyOrderElementsOf(s.ids());
  }

  @Property(tries = 150)
  void sizesFollowThePatternWithAsManyTriadsAsPossible(@ForAll("cohorts") Scenario s) {
    List<Integer> sizes =
        GroupFormation.form(s.present(), s.history()).stream().map(PracticeGroup::size).toList();
    assertThat(sizes).allMatch(size -> size >= 2 && size <= 4);
    assertThat(sizes).containsExactlyInAnyOrderElementsOf(BruteForce.expectedSizes(s.ids().size()));
  }

  @Property(tries = 150)
  void everyoneGivesExactlyOnceAndNeverToThemself(@ForAll("cohorts") Scenario s) {
    for (PracticeGroup group : GroupFormation.form(s.present(), s.history())) {
      assertThat(group.rounds()).isEqualTo(group.size());
      List<String> givers = new ArrayList<>();
      for (int r = 0; r < group.rounds(); r++) {
        givers.add(group.giver(r));
        assertThat(group.receiver(r)).isNotEqualTo(group.giver(r));
        assertThat(group.observers(r)).hasSize(group.size() - 2);
        assertThat(group.roleOf(group.giver(r), r)).isEqualTo(Role.GIVER);
        assertThat(group.roleOf(group.receiver(r), r)).isEqualTo(Role.RECEIVER);
      }
      assertThat(givers).containsExactlyInAnyOrderElementsOf(group.members());
    }
  }

  @Property(tries = 120)
  void smallCohortsGetTheFewestRepeatsThenTheMostMixing(@ForAll("smallCohorts") Scenario s) {
    List<PracticeGroup> groups = GroupFormation.form(s.present(), s.history());
    BruteForce.Best best = BruteForce.best(s.ids(), s.history(), s.professions());
    assertThat(GroupFormation.repeatedPairs(groups, s.history())).isEqualTo(best.repeats());
    assertThat(GroupFormation.mixing(groups, s.professions()))
        .isEqualTo(best.mixingAtFewestRepeats());
  }

  @Property(tries = 120)
  void withoutHistorySmallCohortsGetTheBestMixing(@ForAll("smallCohorts") Scenario withHistory) {
    Scenario s = withHistory.withoutHistory();
    List<PracticeGroup> groups = GroupFormation.form(s.present(), s.history());
    BruteForce.Best best = BruteForce.best(s.ids(), s.history(), s.professions());
    assertThat(GroupFormation.mixing(groups, s.professions()))
        .isEqualTo(best.mixingAtFewestRepeats());
  }

  @Property(tries = 150)
  void withoutHistoryMixingIsAtLeastThatOfARandomSplit(
      @ForAll("cohorts") Scenario withHistory, @ForAll("seeds") long seed) {
    Scenario s = withHistory.withoutHistory();
    List<PracticeGroup> groups = GroupFormation.form(s.present(), s.history());
    List<String> shuffled = new ArrayList<>(s.ids());
    Collections.shuffle(shuffled, new java.util.Random(seed));
    List<PracticeGroup> randomSplit = new ArrayList<>();
    int start = 0;
    for (int size : BruteForce.expectedSizes(shuffled.size())) {
      randomSplit.add(new PracticeGroup(shuffled.subList(start, start + size)));
      start += size;
    }
    assertThat(GroupFormation.mixing(groups, s.professions()))
        .isGreaterThanOrEqualTo(GroupFormation.mixing(randomSplit, s.professions()));
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Property(tries = 100)
  void sameInputSameGroupsWhateverTheOrderOfThePresent(
      @ForAll("cohorts") Scenario s, @ForAll("seeds") long seed) {
    List<PracticeGroup> first = GroupFormation.form(s.present(), s.history());
    assertThat(GroupFormation.form(s.present(), s.history())).isEqualTo(first);
    List<Practitioner> reordered = new ArrayList<>(s.present());
    Collections.shuffle(reordered, new java.util.Random(seed));
    assertThat(GroupFormation.form(reordered, s.history())).isEqualTo(first);
  }

  /** Latecomers keep arriving until every group is full; each join must keep the rotation. */
  @Property(tries = 150)
  void lateArrivalsObserveWithoutChangingTheRotation(@ForAll("cohorts") Scenario s) {
    Map<String, String> professions = new java.util.HashMap<>(s.professions());
    List<PracticeGroup> groups = GroupFormation.form(s.present(), s.history());
    for (int i = 0; ; i++) {
      Practitioner late = new Practitioner("late" + i, Scenario.PROFESSIONS.get(i % 3));
      if (groups.stream().allMatch(g -> g.size() == 4)) {
        List<PracticeGroup> full = groups;
        assertThatThrownBy(() -> GroupFormation.joinLate(full, late, s.history(), professions))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("every group is full");
        return;
      }
      List<PracticeGroup> after = GroupFormation.joinLate(groups, late, s.history(), professions);
      professions.put(late.id(), late.profession());
      assertJoined(groups, after, late.id());
      groups = after;
    }
  }

  private static void assertJoined(
      List<PracticeGroup> before, List<PracticeGroup> after, String late) {
    assertThat(after).hasSameSizeAs(before);
    assertThat(after.stream().filter(g -> g.contains(late))).hasSize(1);
    assertThat(after).allMatch(g -> g.size() <= 4);
    boolean hadPair = before.stream().anyMatch(g -> g.size() == 2);
    for (int g = 0; g < before.size(); g++) {
      PracticeGroup old = before.get(g);
      PracticeGroup now = after.get(g);
      assertThat(now.rounds()).isEqualTo(old.rounds());
      for (int r = 0; r < old.rounds(); r++) {
        assertThat(now.giver(r)).isEqualTo(old.giver(r));
        assertThat(now.receiver(r)).isEqualTo(old.receiver(r));
        if (now.contains(late)) {
          assertThat(now.roleOf(late, r)).isEqualTo(Role.OBSERVER);
        }
      }
      if (now.contains(late) && hadPair) {
        assertThat(old.size()).as("a pair lacks an observer, so it is preferred").isEqualTo(2);
      }
    }
  }

  private static List<String> members(List<PracticeGroup> groups) {
    return groups.stream().flatMap(g -> g.members().stream()).toList();
  }
}
