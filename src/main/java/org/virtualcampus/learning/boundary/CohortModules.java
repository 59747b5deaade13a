package org.virtualcampus.learning.boundary;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort's modules for one participant, with their progress through the course. */
@Schema(name = "CohortModules")
public record CohortModules(
    String cohortId,
    String cohortName,
    String timeZone,
    @Schema(description = "Whether the caller's done marks count (members enrolled in the cohort)")
        boolean tracksProgress,
    List<ModuleView> modules,
    @Schema(description = "When the next module opens; null when all are open") Instant nextOpening,
    int itemCount,
    int doneCount)
    implements java.io.Serializable {

  public int percentDone() {
    return itemCount == 0 ? 0 : doneCount * 100 / itemCount;
  }
}
