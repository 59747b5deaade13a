package org.virtualcampus.peerfeedback.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cohort's practice at a glance: participation and usefulness per session, how mixed the groups
 * were, and the model elements observers most often did not see (what to teach next).
 */
@Schema(name = "PracticeFigures")
public record PracticeFigures(
    String cohortId, List<SessionFigures> sessions, List<ElementGap> notObserved)
    implements Serializable {

  /** One practice session. */
  @Schema(name = "PracticeSessionFigures")
  public record SessionFigures(
      String sessionId,
      String title,
      Instant startsAt,
      int groups,
      int members,
      int roundsHeld,
      @Schema(description = "Forms due: one per member and round their group held") int formsDue,
      int formsSubmitted,
      @Schema(description = "Mean of the receivers' ratings, 1 to 5; null for none")
          BigDecimal meanUsefulness,
      @Schema(description = "Distinct professions per group, on average")
          BigDecimal professionsPerGroup)
      implements Serializable {}

  /** A model element and how often observers rated it not observed. */
  @Schema(name = "PracticeElementGap")
  public record ElementGap(String element, String title, int notObserved, int rated)
      implements Serializable {}
}
