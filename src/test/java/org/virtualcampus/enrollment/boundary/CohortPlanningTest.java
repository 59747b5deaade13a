package org.virtualcampus.enrollment.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.virtualcampus.platform.error.FieldError;
import org.virtualcampus.platform.error.InvalidInputException;

class CohortPlanningTest {
  final Cohorts cohorts = new Cohorts();

  static CohortForm form(String offerHold) {
    CohortForm form = new CohortForm();
    form.setCourseId("c1");
    form.setName(" Spring ");
    form.setCapacity(40);
    form.setStartsOn(LocalDate.of(2027, 1, 11));
    form.setEndsOn(LocalDate.of(2027, 2, 12));
    form.setTimeZone("UTC");
    form.setSeatPolicy("OFFER");
    form.setOfferHold(offerHold);
    return form;
  }

  @Test
  void offerHoldsKeepTheirExactValue() {
    assertThat(cohorts.plan(form("PT90M")).offerHold()).isEqualTo(Duration.ofMinutes(90));
    assertThat(cohorts.plan(form("PT36H")).offerHold()).isEqualTo(Duration.ofHours(36));
    assertThat(cohorts.plan(form("PT1S")).offerHold()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aFractionOfASecondIsRefusedRatherThanCutOff() {
    assertThatThrownBy(() -> cohorts.plan(form("PT90.5S")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(FieldError::field)
                    .containsExactly("offerHold"));
  }

  @Test
  void theNameIsComparedTrimmed() {
    assertThat(cohorts.plan(form("PT72H")).name()).isEqualTo("Spring");
  }
}
