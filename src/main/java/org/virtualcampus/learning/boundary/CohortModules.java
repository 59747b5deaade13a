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
    int doneCount,
    @Schema(description = "Modules complete by the course's rule (items and homework)")
        int modulesComplete)
    implements java.io.Serializable {

  /** Items and homework of the modules shown, each homework counting as one more thing to do. */
  public int percentDone() {
    int tasks = itemCount;
    int done = doneCount;
    for (ModuleView m : modules) {
      if (m.homework() != null) {
        tasks++;
        done += m.homeworkDone() ? 1 : 0;
      }
    }
    return tasks == 0 ? 0 : done * 100 / tasks;
  }
}
