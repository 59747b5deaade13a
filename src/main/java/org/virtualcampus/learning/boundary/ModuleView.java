package org.virtualcampus.learning.boundary;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        HomeworkView homework)
    implements java.io.Serializable {

  public int percentDone() {
    return itemCount == 0 ? 0 : doneCount * 100 / itemCount;
  }

  public boolean complete() {
    return itemCount > 0 && doneCount == itemCount;
  }
}
