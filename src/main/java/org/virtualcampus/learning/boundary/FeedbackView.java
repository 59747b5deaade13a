package org.virtualcampus.learning.boundary;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.Score;
import org.virtualcampus.learning.entity.Submission;
import org.virtualcampus.learning.entity.SubmissionState;
import org.virtualcampus.platform.text.MarkdownText;

/** A reviewer's decision, rubric scores and comments on one version. */
@Schema(name = "FeedbackView")
public record FeedbackView(
    @Schema(description = "REVISION_REQUESTED or ACCEPTED") SubmissionState decision,
    List<Score> scores,
    @Schema(description = "The points of the scores together") int points,
    @Schema(description = "The points the rubric gives at most; null without a rubric")
        Integer maxPoints,
    @Schema(description = "The comments as sanitised HTML; null for none") String html,
    @Schema(description = "The comments as written") String comments,
    String reviewerName,
    Instant reviewedAt,
    @Schema(description = "When the educator could first see it; null while held back")
        Instant releasedAt)
    implements java.io.Serializable {

  static FeedbackView of(Submission s, Integer maxPoints, String reviewerName) {
    if (!s.state().reviewed()) {
      return null;
    }
    return new FeedbackView(
        s.state(),
        s.scores(),
        s.scores().stream().mapToInt(Score::points).sum(),
        maxPoints,
        s.feedback() == null ? null : MarkdownText.toHtml(s.feedback()),
        s.feedback(),
        reviewerName,
        s.reviewedAt(),
        s.releasedAt());
  }

  public boolean accepted() {
    return decision == SubmissionState.ACCEPTED;
  }
}
