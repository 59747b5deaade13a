package org.virtualcampus.enrollment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.virtualcampus.platform.error.ConflictException;

/** Every move of the cohort state machine, and what each state lets happen to seats. */
class CohortLifecycleTest {
  static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  static final Map<CohortStatus, Set<CohortStatus>> ALLOWED =
      Map.of(
          CohortStatus.DRAFT, EnumSet.of(CohortStatus.OPEN, CohortStatus.CANCELLED),
          CohortStatus.OPEN,
              EnumSet.of(CohortStatus.DRAFT, CohortStatus.RUNNING, CohortStatus.CANCELLED),
          CohortStatus.RUNNING, EnumSet.of(CohortStatus.COMPLETED, CohortStatus.CANCELLED),
          CohortStatus.COMPLETED, EnumSet.noneOf(CohortStatus.class),
          CohortStatus.CANCELLED, EnumSet.noneOf(CohortStatus.class));

  @ParameterizedTest
  @EnumSource(CohortStatus.class)
  void everyMoveIsAllowedOrRefusedAsTheLifecycleSays(CohortStatus from) {
    for (CohortStatus to : CohortStatus.values()) {
      Cohort cohort = in(from, null);
      if (to == from) {
        cohort.moveTo(to);
        assertThat(cohort.status()).as("staying put is no move").isEqualTo(from);
      } else if (ALLOWED.get(from).contains(to)) {
        cohort.moveTo(to);
        assertThat(cohort.status()).as(from + " → " + to).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> cohort.moveTo(to))
            .as(from + " → " + to)
            .isInstanceOf(ConflictException.class)
            .hasMessageContaining("cannot become " + to);
        assertThat(cohort.status()).isEqualTo(from);
      }
    }
  }

  @Test
  void aDraftRecordsInvitedInterestButTakesNoRequestsAndGivesNoSeats() {
    Cohort draft = in(CohortStatus.DRAFT, null);
    assertThat(draft.refusesInterest(NOW)).isEmpty();
    assertThat(draft.refusesRequests(NOW)).contains("This cohort is not open for requests yet.");
    assertThat(draft.refusesSeating(NOW)).isPresent();
  }

  @Test
  void beforeItsWindowAnOpenCohortRecordsInterestAndSeatsOnlyOnceRequestsOpen() {
    Cohort open = in(CohortStatus.OPEN, NOW.plus(Duration.ofDays(7)));
    assertThat(open.refusesInterest(NOW)).isEmpty();
    assertThat(open.refusesRequests(NOW)).get().asString().startsWith("Requests open on");
    assertThat(open.refusesSeating(NOW)).isPresent();

    Instant later = NOW.plus(Duration.ofDays(7));
    assertThat(open.refusesRequests(later)).isEmpty();
    assertThat(open.refusesInterest(later)).isEmpty();
    assertThat(open.refusesSeating(later)).isEmpty();
  }

  @Test
  void aRunningCohortMovesItsWaitlistButTakesNoNewRequests() {
    Cohort running = in(CohortStatus.RUNNING, null);
    assertThat(running.refusesSeating(NOW)).isEmpty();
    assertThat(running.refusesRequests(NOW)).isPresent();
    assertThat(running.refusesInterest(NOW)).isPresent();
    assertThat(running.isOver()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = CohortStatus.class,
      names = {"CANCELLED", "COMPLETED"})
  void aCohortThatIsOverStopsSeatsRequestsAndInterest(CohortStatus over) {
    Cohort cohort = in(over, null);
    assertThat(cohort.isOver()).isTrue();
    assertThat(cohort.refusesSeating(NOW)).isPresent();
    assertThat(cohort.refusesRequests(NOW)).isPresent();
    assertThat(cohort.refusesInterest(NOW)).isPresent();
  }

  /** A cohort brought to {@code status} along allowed moves. */
  static Cohort in(CohortStatus status, Instant interestOpensAt) {
    Cohort cohort =
        new Cohort(
            "course-1",
            "coordinator-1",
            new CohortPlan(
                "Spring",
                40,
                interestOpensAt,
                null,
                LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 2, 5),
                ZoneId.of("UTC"),
                Admission.OPEN_TO_COMMUNITY,
                SeatPolicy.IMMEDIATE,
                Duration.ofHours(72),
                null,
                Set.of()),
            NOW);
    switch (status) {
      case DRAFT -> {}
      case OPEN -> cohort.moveTo(CohortStatus.OPEN);
      case RUNNING -> {
        cohort.moveTo(CohortStatus.OPEN);
        cohort.moveTo(CohortStatus.RUNNING);
      }
      case COMPLETED -> {
        cohort.moveTo(CohortStatus.OPEN);
        cohort.moveTo(CohortStatus.RUNNING);
        cohort.moveTo(CohortStatus.COMPLETED);
      }
      case CANCELLED -> cohort.moveTo(CohortStatus.CANCELLED);
    }
    return cohort;
  }
}
