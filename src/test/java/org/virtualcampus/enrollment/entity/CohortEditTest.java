package org.virtualcampus.enrollment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.virtualcampus.platform.error.FieldChange;
import org.virtualcampus.platform.error.StaleEditException;

class CohortEditTest {
  static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  static CohortPlan plan(String name, int capacity, Duration hold) {
    return new CohortPlan(
        name,
        capacity,
        null,
        null,
        LocalDate.of(2027, 1, 11),
        LocalDate.of(2027, 2, 12),
        ZoneId.of("America/Chicago"),
        Admission.OPEN_TO_COMMUNITY,
        SeatPolicy.OFFER,
        hold,
        null,
        Set.of());
  }

  static Cohort cohort() {
    return new Cohort("course-1", "coord", plan("Spring", 40, Duration.ofHours(72)), NOW);
  }

  @Test
  void anEditOnTheCurrentVersionIsSavedAndMovesTheVersion() {
    Cohort cohort = cohort();
    cohort.edit(plan("Spring 2027", 40, Duration.ofMinutes(90)), 0);
    assertThat(cohort.name()).isEqualTo("Spring 2027");
    assertThat(cohort.offerHold()).isEqualTo(Duration.ofMinutes(90));
    assertThat(cohort.editVersion()).isEqualTo(1);
  }

  @Test
  void aStaleEditIsRefusedWithTheFieldsThatDifferAndChangesNothing() {
    Cohort cohort = cohort();
    cohort.edit(plan("Spring A", 45, Duration.ofHours(72)), 0); // someone else saves first

    assertThatThrownBy(() -> cohort.edit(plan("Spring B", 40, Duration.ofHours(36)), 0))
        .isInstanceOfSatisfying(
            StaleEditException.class,
            e -> {
              assertThat(e.currentVersion()).isEqualTo(1);
              assertThat(e.changes())
                  .containsExactly(
                      new FieldChange("name", "Spring A", "Spring B"),
                      new FieldChange("capacity", 45, 40),
                      new FieldChange("offerHold", "PT72H", "PT36H"));
            });
    assertThat(cohort.name()).isEqualTo("Spring A");
    assertThat(cohort.capacity()).isEqualTo(45);
    assertThat(cohort.offerHold()).isEqualTo(Duration.ofHours(72));
    assertThat(cohort.editVersion()).isEqualTo(1);
  }

  @Test
  void seatsTakenMeanwhileDoNotMakeAnEditStale() {
    Cohort cohort = cohort();
    cohort.takeSeat();
    cohort.drawTicket();
    cohort.edit(plan("Spring", 41, Duration.ofHours(72)), 0);
    assertThat(cohort.capacity()).isEqualTo(41);
  }

  @Test
  void savingWithoutChangesKeepsTheVersion() {
    Cohort cohort = cohort();
    cohort.edit(plan("Spring", 40, Duration.ofHours(72)), 0);
    assertThat(cohort.editVersion()).isZero();
  }
}
