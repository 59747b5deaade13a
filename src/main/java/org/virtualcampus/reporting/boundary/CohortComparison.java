package org.virtualcampus.reporting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The cohorts of a course side by side, each by the same rules as its dashboard, so a coordinator
 * sees whether the second run did better than the first.
 */
@Schema(name = "CohortComparison")
public record CohortComparison(
    String courseId, List<Row> cohorts, String attendanceDefinition, String completionDefinition)
    implements Serializable {

  /** One cohort's key figures. */
  @Schema(name = "CohortComparisonRow")
  public record Row(
      String cohortId,
      String name,
      String courseTitle,
      int seatsTaken,
      int capacity,
      int waitlist,
      int invited,
      int interested,
      int enrolled,
      int completed,
      @Schema(description = "Percent by the one attendance rule; null before any is taken")
          BigDecimal attendance,
      @Schema(description = "Modules complete over participants × modules, percent")
          BigDecimal completion,
      @Schema(description = "Participants who practised at least once, percent")
          BigDecimal practiceParticipation,
      @Schema(description = "Mean peer feedback usefulness, 1 to 5") BigDecimal meanUsefulness)
      implements Serializable {}
}
