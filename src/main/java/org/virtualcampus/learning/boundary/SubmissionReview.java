package org.virtualcampus.learning.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hand-in as its reviewer works on it: the version, earlier ones, the homework and rubric. */
@Schema(name = "SubmissionReview")
public record SubmissionReview(
    String cohortId,
    String cohortName,
    String memberId,
    String memberName,
    String moduleId,
    String moduleTitle,
    HomeworkView homework,
    VersionView submission,
    List<VersionView> earlier,
    String reviewerId,
    String reviewerName,
    List<Person> facilitators)
    implements java.io.Serializable {

  /** A member by id and name. */
  @Schema(name = "Person")
  public record Person(String id, String name) implements java.io.Serializable {}
}
