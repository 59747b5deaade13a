package org.virtualcampus.attendance.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Attendance counted by the one rule: present, late and absent records weighted by the course's
 * weights over the sessions counted; excused records are in neither. {@code key} is what the rate
 * is of: a member, a session, a cohort.
 */
public record Rate(String key, int present, int late, int absent, int excused, BigDecimal weighted)
    implements Serializable {

  public static Rate none(String key) {
    return new Rate(key, 0, 0, 0, 0, BigDecimal.ZERO);
  }

  /** Sessions that count: all but the excused ones. */
  public int counted() {
    return present + late + absent;
  }

  /** The rate in percent with one decimal, or null when nothing counts yet. */
  public BigDecimal percent() {
    if (counted() == 0) {
      return null;
    }
    return weighted
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(counted()), 1, RoundingMode.HALF_UP);
  }
}
