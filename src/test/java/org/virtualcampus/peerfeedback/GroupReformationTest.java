package org.virtualcampus.peerfeedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.virtualcampus.peerfeedback.control.GroupFormation;
import org.virtualcampus.peerfeedback.control.GroupReformation;
import org.virtualcampus.peerfeedback.control.PairHistory;
import org.virtualcampus.peerfeedback.control.PracticeGroup;
import org.virtualcampus.peerfeedback.control.Practitioner;

/** Planned groups re-formed from those present at the start of the session. */
class GroupReformationTest {
  static final List<List<String>> PLAN = List.of(List.of("a", "b", "c"), List.of("d", "e", "f"));

  @Test
  void everyonePresentKeepsThePlannedGroups() {
    List<PracticeGroup> groups =
        GroupReformation.reform(PLAN, people("a", "b", "c", "d", "e", "f"), PairHistory.empty());
    assertThat(groups).extracting(PracticeGroup::members).containsExactlyElementsOf(PLAN);
  }

  @Test
  void anUnplannedArrivalCompletesThePairAnAbsenceLeft() {
    List<PracticeGroup> groups =
        GroupReformation.reform(PLAN, people("a", "b", "d", "e", "f", "z"), PairHistory.empty());
    assertThat(groups)
        .extracting(PracticeGroup::members)
        .containsExactly(List.of("a", "b", "z"), List.of("d", "e", "f"));
    assertThat(groups.get(0).rotation()).hasSize(3);
  }

  @Test
  void thePartnerOfTwoAbsentOnesJoinsAnotherGroup() {
    List<PracticeGroup> groups =
        GroupReformation.reform(PLAN, people("a", "d", "e", "f"), PairHistory.empty());
    assertThat(groups)
        .extracting(PracticeGroup::members)
        .containsExactly(List.of("d", "e", "f", "a"));
    assertThat(groups.get(0).lateObservers()).isEmpty();
  }

  @Property(tries = 200)
  void everyonePresentIsInOneGroupOfTwoToFourAndPlannedPartnersStayTogether(
      @ForAll("starts") Start s) {
    List<PracticeGroup> groups =
        GroupReformation.reform(s.plan(), s.present(), PairHistory.empty());
    List<String> grouped = new ArrayList<>();
    groups.forEach(g -> grouped.addAll(g.members()));
    assertThat(grouped)
        .containsExactlyInAnyOrderElementsOf(s.present().stream().map(Practitioner::id).toList());
    assertThat(groups).allMatch(g -> g.size() >= 2 && g.size() <= 4 && g.lateObservers().isEmpty());
    // Planned partners stay together; only when every group has four and one person is left
    // over must one four give up a member to pair with them.
    Set<String> here = new HashSet<>(grouped);
    List<List<String>> split = new ArrayList<>();
    for (List<String> planned : s.plan()) {
      List<String> kept = planned.stream().filter(here::contains).toList();
      if (kept.size() >= 2 && groups.stream().noneMatch(g -> g.members().containsAll(kept))) {
        split.add(kept);
      }
    }
    assertThat(split).hasSizeLessThanOrEqualTo(1).allMatch(kept -> kept.size() == 4);
  }

  /** A plan for the enrolled, and who is present: some of them and some who were not planned. */
  record Start(List<List<String>> plan, List<Practitioner> present) {}

  @Provide
  Arbitrary<Start> starts() {
    return Combinators.combine(
            Arbitraries.integers().between(2, 40),
            Arbitraries.integers().between(0, 5),
            Arbitraries.randoms())
        .as(
            (enrolled, extra, random) -> {
              List<Practitioner> all =
                  IntStream.range(0, enrolled)
                      .mapToObj(i -> new Practitioner("p" + i, Scenario.PROFESSIONS.get(i % 5)))
                      .toList();
              List<List<String>> plan =
                  GroupFormation.form(all, PairHistory.empty()).stream()
                      .map(PracticeGroup::members)
                      .toList();
              List<Practitioner> present = new ArrayList<>();
              all.stream().filter(p -> random.nextInt(4) > 0).forEach(present::add);
              IntStream.range(0, extra)
                  .forEach(i -> present.add(new Practitioner("x" + i, "NURSE")));
              if (present.size() < 2) {
                present.add(new Practitioner("y0", "NURSE"));
                present.add(new Practitioner("y1", "PHYSICIAN"));
              }
              return new Start(plan, present);
            });
  }

  private static List<Practitioner> people(String... ids) {
    return java.util.Arrays.stream(ids).map(id -> new Practitioner(id, "NURSE")).toList();
  }
}
