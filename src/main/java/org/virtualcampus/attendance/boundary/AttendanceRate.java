package org.virtualcampus.attendance.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.attendance.control.Rate;

/** A rate by the one attendance rule, with the counts it comes from. */
@Schema(
    name = "AttendanceRate",
    description =
        "Attendance = weighted present and late records over the sessions whose attendance was"
            + " taken; excused records are left out of both; no record counts as absent.")
public record AttendanceRate(
    String id,
    String label,
    int present,
    int late,
    int absent,
    int excused,
    @Schema(description = "Sessions counted: present, late and absent") int counted,
    @Schema(description = "Percent with one decimal; null when nothing counts yet")
        BigDecimal percent)
    implements Serializable {

  static AttendanceRate of(Rate rate, String label) {
    return new AttendanceRate(
        rate.key(),
        label,
        rate.present(),
        rate.late(),
        rate.absent(),
        rate.excused(),
        rate.counted(),
        rate.percent());
  }

  /** For progress bars: the rounded percentage, 0 when nothing counts yet. */
  public int wholePercent() {
    return percent == null ? 0 : percent.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
  }
}
