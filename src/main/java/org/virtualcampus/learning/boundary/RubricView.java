package org.virtualcampus.learning.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.Rubric;
import org.virtualcampus.learning.entity.RubricGrid;

/** A rubric with its grid. */
@Schema(name = "RubricView")
public record RubricView(
    String id, String courseId, String title, long version, RubricGrid grid, int maxPoints)
    implements java.io.Serializable {
  static RubricView of(Rubric rubric) {
    return new RubricView(
        rubric.id(),
        rubric.courseId(),
        rubric.title(),
        rubric.version(),
        rubric.grid(),
        rubric.grid().maxPoints());
  }
}
