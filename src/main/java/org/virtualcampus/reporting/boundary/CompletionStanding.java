package org.virtualcampus.reporting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Where a participant stands on the course's completion rule in one cohort: attendance and homework
 * against the percent each needs, whether the rule is met, and the certificate's code once issued.
 */
public record CompletionStanding(
    String cohortId,
    String cohortName,
    BigDecimal attendancePercent,
    int attendanceNeeded,
    int homeworkDone,
    int modules,
    BigDecimal homeworkPercent,
    int homeworkNeeded,
    boolean met,
    String code)
    implements Serializable {

  /** For progress bars: rounded, 0 when nothing counts yet. */
  public int attendanceBar() {
    return whole(attendancePercent);
  }

  public int homeworkBar() {
    return whole(homeworkPercent);
  }

  private static int whole(BigDecimal percent) {
    return percent == null ? 0 : percent.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
  }
}
