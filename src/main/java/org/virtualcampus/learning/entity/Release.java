package org.virtualcampus.learning.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a module opens to a cohort: on a week of the cohort (week 1 opens on the start day) or on a
 * date, at midnight in the cohort's time zone. Exactly one of the two is set.
 */
public record Release(Integer week, LocalDate on) {

  public static Release week(int week) {
    return new Release(week, null);
  }

  public static Release on(LocalDate date) {
    return new Release(null, date);
  }

  public Instant opensAt(LocalDate cohortStart, ZoneId cohortZone) {
    LocalDate day = on != null ? on : cohortStart.plusWeeks(week - 1L);
    return day.atStartOfDay(cohortZone).toInstant();
  }
}
