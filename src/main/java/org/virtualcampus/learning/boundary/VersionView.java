package org.virtualcampus.learning.boundary;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.Submission;
import org.virtualcampus.learning.entity.SubmissionState;
import org.virtualcampus.platform.text.MarkdownText;

/**
 * One version of a member's homework. Educators see a decision only once it is released: until then
 * a reviewed version reads as SUBMITTED, without feedback.
 */
@Schema(name = "VersionView")
public record VersionView(
    String id,
    int number,
    SubmissionState state,
    @Schema(description = "The text as written (Markdown); null for none") String text,
    @Schema(description = "The text as sanitised HTML; null for none") String html,
    List<AttachmentView> files,
    Instant draftSavedAt,
    Instant submittedAt,
    boolean late,
    @Schema(description = "The feedback; null until reviewed (for educators: until released)")
        FeedbackView feedback)
    implements java.io.Serializable {

  static VersionView forMember(Submission s, List<AttachmentView> files, Integer maxPoints) {
    boolean shown = s.released();
    return of(
        s,
        files,
        shown || !s.state().reviewed() ? s.state() : SubmissionState.SUBMITTED,
        shown ? FeedbackView.of(s, maxPoints, null) : null);
  }

  static VersionView forStaff(
      Submission s, List<AttachmentView> files, Integer maxPoints, String reviewerName) {
    return of(s, files, s.state(), FeedbackView.of(s, maxPoints, reviewerName));
  }

  private static VersionView of(
      Submission s, List<AttachmentView> files, SubmissionState state, FeedbackView feedback) {
    return new VersionView(
        s.id(),
        s.number(),
        state,
        s.body(),
        s.body() == null ? null : MarkdownText.toHtml(s.body()),
        files,
        s.draftSavedAt(),
        s.submittedAt(),
        s.late(),
        feedback);
  }

  public boolean draft() {
    return state == SubmissionState.DRAFT;
  }
}
