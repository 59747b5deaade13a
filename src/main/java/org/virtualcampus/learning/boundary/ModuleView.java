package org.virtualcampus.learning.boundary;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.SubmissionState;

/**
 * A module of a cohort as a participant sees it: open or not yet (then without its items and
 * homework, for enrolled members), when it opens, and how much of it they have done.
 */
@Schema(name = "ModuleView")
public record ModuleView(
    String id,
    int number,
    String title,
    String summary,
    Instant opensAt,
    boolean open,
    int minutes,
    int itemCount,
    int doneCount,
    List<ItemView> items,
    @Schema(description = "The module's homework, once the module is open; null for none")
        HomeworkView homework,
    @Schema(
            description =
                "Where my homework stands (a decision only once released); null before I start it")
        SubmissionState homeworkState,
    @Schema(description = "Whether my homework counts as done by the course's completion rule")
        boolean homeworkDone,
    @Schema(description = "Every item done and the homework done (the one completion rule)")
        boolean complete)
    implements java.io.Serializable {

  /** Items and homework together: the homework counts as one more thing to do. */
  public int percentDone() {
    int tasks = itemCount + (homework == null ? 0 : 1);
    int done = doneCount + (homework != null && homeworkDone ? 1 : 0);
    return tasks == 0 ? 0 : done * 100 / tasks;
  }
}
