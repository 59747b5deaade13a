package org.virtualcampus.learning.boundary;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A module's homework as the educator works on it: what is asked, the version being written or
 * handed in last, and the earlier versions with their released feedback.
 */
@Schema(name = "MyHomework")
public record MyHomework(
    String cohortId,
    String moduleId,
    String moduleTitle,
    HomeworkView homework,
    @Schema(description = "The newest version (a draft, or the last one handed in); null before")
        VersionView current,
    List<VersionView> earlier,
    @Schema(description = "Whether the educator can write now (a draft, or a revision asked for)")
        boolean writable,
    @Schema(description = "Hand-ins are accepted until this instant, the end of the cohort")
        Instant closesAt,
    boolean closed)
    implements java.io.Serializable {

  public boolean started() {
    return current != null;
  }
}
