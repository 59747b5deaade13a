package org.virtualcampus.learning.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.CourseModule;
import org.virtualcampus.learning.entity.HomeworkSpec;
import org.virtualcampus.learning.entity.ItemContent;
import org.virtualcampus.learning.entity.ModuleItem;

/** A module as its authors see it: everything they wrote, private briefs included. */
@Schema(name = "ModuleOutline")
public record ModuleOutline(
    String id,
    String courseId,
    int number,
    String title,
    String summary,
    Integer releaseWeek,
    java.time.LocalDate releaseOn,
    long version,
    List<AuthoredItem> items,
    @Schema(description = "The module's homework; null for none") HomeworkSpec homework)
    implements java.io.Serializable {

  /** An item as its authors wrote it. */
  @Schema(name = "AuthoredItem")
  public record AuthoredItem(
      String id,
      long version,
      ItemContent content,
      @Schema(description = "The uploaded video or podcast it plays; null for none")
          String mediaFileId)
      implements java.io.Serializable {
    static AuthoredItem of(ModuleItem item) {
      return new AuthoredItem(item.id(), item.version(), item.content(), item.mediaFileId());
    }
  }

  static ModuleOutline of(
      CourseModule module, int number, List<ModuleItem> items, HomeworkSpec homework) {
    return new ModuleOutline(
        module.id(),
        module.courseId(),
        number,
        module.title(),
        module.summary(),
        module.release().week(),
        module.release().on(),
        module.version(),
        items.stream().map(AuthoredItem::of).toList(),
        homework);
  }

  public int minutes() {
    return items.stream().mapToInt(i -> i.content().minutes()).sum();
  }
}
