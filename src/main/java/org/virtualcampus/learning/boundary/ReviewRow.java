package org.virtualcampus.learning.boundary;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.SubmissionState;

/** One hand-in in a review queue. */
@Schema(name = "ReviewRow")
public record ReviewRow(
    String submissionId,
    String memberId,
    String memberName,
    String moduleId,
    String moduleTitle,
    int number,
    SubmissionState state,
    Instant submittedAt,
    boolean late,
    String reviewerId,
    String reviewerName,
    boolean released)
    implements java.io.Serializable {}
