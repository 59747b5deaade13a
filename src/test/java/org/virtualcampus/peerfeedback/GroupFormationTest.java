package org.virtualcampus.peerfeedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.virtualcampus.peerfeedback.control.GroupFormation;
import org.virtualcampus.peerfeedback.control.PairHistory;
import org.virtualcampus.peerfeedback.control.PracticeGroup;
import org.virtualcampus.peerfeedback.control.Practitioner;
import org.virtualcampus.peerfeedback.control.Role;

class GroupFormationTest {

  private static List<Practitioner> people(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> new Practitioner("p" + i, Scenario.PROFESSIONS.get(i % 5)))
        .toList();
  }

  @Test
  void thirtySevenPeopleMakeElevenTriadsAndOneGroupOfFour() {
    List<PracticeGroup> groups = GroupFormation.form(people(37), PairHistory.empty());
    assertThat(groups.stream().filter(g -> g.size() == 3)).hasSize(11);
    assertThat(groups.stream().filter(g -> g.size() == 4)).hasSize(1);
    assertThat(groups).hasSize(12);
  }

  @Test
  void theCallerLeavesTheAbsentOutAndFormsGroupsOfThoseThere() {
    Set<String> absent = Set.of("p3", "p17", "p31");
    List<Practitioner> present = people(40).stream().filter(p -> !absent.contains(p.id())).toList();
    List<PracticeGroup> groups = GroupFormation.form(present, PairHistory.empty());
    assertThat(groups.stream().flatMap(g -> g.members().stream()))
        .hasSize(37)
        .doesNotContainAnyElementsOf(absent);
    assertThat(groups.stream().filter(g -> g.size() == 4)).hasSize(1);
  }

  @Test
  void fewerThanTwoPeopleCannotPractise() {
    assertThatThrownBy(() -> GroupFormation.form(people(1), PairHistory.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2");
    assertThatThrownBy(() -> GroupFormation.form(List.of(), PairHistory.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPairRotatesTwiceAndTheFacilitatorObserves() {
    PracticeGroup pair = GroupFormation.form(people(2), PairHistory.empty()).get(0);
    assertThat(pair.rounds()).isEqualTo(2);
    assertThat(pair.observers(0)).isEmpty();
    assertThat(pair.giver(1)).isEqualTo(pair.receiver(0));
  }

  /** Nine people from three earlier triads can each meet two new partners. */
  @Test
  void partnersFromLastSessionAreSplitUp() {
    List<Practitioner> nine = people(9);
    PairHistory history =
        PairHistory.fromGroups(
            List.of(
                List.of("p0", "p1", "p2"), List.of("p3", "p4", "p5"), List.of("p6", "p7", "p8")));
    List<PracticeGroup> groups = GroupFormation.form(nine, history);
    assertThat(GroupFormation.repeatedPairs(groups, history)).isZero();
  }

  @Test
  void aLateArrivalObservesEveryRoundOfAPair() {
    List<PracticeGroup> groups = GroupFormation.form(people(5), PairHistory.empty());
    Practitioner late = new Practitioner("late", "NURSE");
    List<PracticeGroup> after =
        GroupFormation.joinLate(groups, late, PairHistory.empty(), java.util.Map.of());
    PracticeGroup joined = after.stream().filter(g -> g.contains("late")).findFirst().orElseThrow();
    assertThat(joined.rotation()).hasSize(2);
    assertThat(joined.members()).last().isEqualTo("late");
    assertThat(joined.roleOf("late", 0)).isEqualTo(Role.OBSERVER);
    assertThat(joined.roleOf("late", 1)).isEqualTo(Role.OBSERVER);
  }

  /** Sixty people with a dense history stay well within an interactive response time. */
  @Test
  void sixtyPeopleAreGroupedQuickly() {
    List<Practitioner> sixty = people(60);
    List<List<String>> earlier =
        IntStream.range(0, 60)
            .mapToObj(i -> List.of("p" + i, "p" + (i * 7 + 3) % 60, "p" + (i * 13 + 5) % 60))
            .toList();
    PairHistory history = PairHistory.fromGroups(earlier);
    GroupFormation.form(sixty, history);
    long start = System.nanoTime();
    List<PracticeGroup> groups = GroupFormation.form(sixty, history);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("60 people grouped in " + millis + " ms");
    assertThat(groups).hasSize(20);
    assertThat(millis).isLessThan(500);
  }
}
