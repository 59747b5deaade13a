package org.virtualcampus.learning.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.ReviewCategory;

/** One pile of a cohort's review queue, oldest hand-in first, with the size of every pile. */
@Schema(name = "ReviewQueue")
public record ReviewQueue(
    String cohortId,
    String cohortName,
    ReviewCategory category,
    @Schema(description = "Only the caller's reviews") boolean mine,
    long waiting,
    long late,
    long revised,
    long toRelease,
    long released,
    List<ReviewRow> items,
    int page,
    int size,
    long total)
    implements java.io.Serializable {

  public int totalPages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }
}
