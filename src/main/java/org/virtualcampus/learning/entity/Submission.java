package org.virtualcampus.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.persistence.Ids;

/**
 * One version of a member's homework in a cohort. A draft is written and handed in; its reviewer
 * scores it and decides; the decision reaches the educator when it is released. After a released
 * revision request the educator starts the next version; earlier versions never change again.
 */
@Entity
@Table(name = "submission")
public class Submission {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "homework_id")
  private String homeworkId;

  @Column(name = "module_id")
  private String moduleId;

  @Column(name = "cohort_id")
  private String cohortId;

  @Column(name = "member_id")
  private String memberId;

  private int number;

  @Enumerated(EnumType.STRING)
  private SubmissionState state;

  private String body;

  @Column(name = "draft_saved_at")
  private Instant draftSavedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  private boolean late;

  @Column(name = "reviewer_id")
  private String reviewerId;

  @Convert(converter = ScoresConverter.class)
  private List<Score> scores;

  private String feedback;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Submission() {}

  private Submission(
      String homeworkId,
      String moduleId,
      String cohortId,
      String memberId,
      int number,
      String body,
      String reviewerId,
      Instant now) {
    this.id = Ids.newId();
    this.homeworkId = homeworkId;
    this.moduleId = moduleId;
    this.cohortId = cohortId;
    this.memberId = memberId;
    this.number = number;
    this.state = SubmissionState.DRAFT;
    this.body = body;
    this.reviewerId = reviewerId;
    this.scores = List.of();
    this.createdAt = now;
  }

  /** The first version of a member's homework, as an empty draft. */
  public static Submission firstDraft(
      Homework homework, String cohortId, String memberId, Instant now) {
    return new Submission(
        homework.id(), homework.moduleId(), cohortId, memberId, 1, null, null, now);
  }

  /**
   * The next version after a released revision request: a draft that starts from this version's
   * text (its files are carried over by the caller) and goes to the same reviewer.
   */
  public Submission nextVersion(Instant now) {
    if (state != SubmissionState.REVISION_REQUESTED || releasedAt == null) {
      throw new ConflictException(
          "No revision requested",
          "A new version can be started only after feedback asking for a revision.");
    }
    return new Submission(
        homeworkId, moduleId, cohortId, memberId, number + 1, body, reviewerId, now);
  }

  public void saveDraft(String text, Instant now) {
    requireDraft();
    this.body = text == null || text.isBlank() ? null : text;
    this.draftSavedAt = now;
  }

  /** Hands the draft in; late when after the due time. Its reviewer is known by then. */
  public void submit(Instant now, Instant dueAt, String reviewer) {
    requireDraft();
    this.state = SubmissionState.SUBMITTED;
    this.submittedAt = now;
    this.late = dueAt != null && now.isAfter(dueAt);
    if (this.reviewerId == null) {
      this.reviewerId = reviewer;
    }
  }

  /**
   * Scores and decides. A decision may be changed until it is released; after that the feedback
   * stands and the educator acts on it.
   */
  public void review(
      List<Score> given, String comments, SubmissionState decision, String by, Instant now) {
    if (!decision.isDecision()) {
      throw new IllegalArgumentException("not a decision: " + decision);
    }
    if (state == SubmissionState.DRAFT) {
      throw new ConflictException("Not submitted", "This homework has not been handed in yet.");
    }
    if (releasedAt != null) {
      throw new ConflictException(
          "Already released", "This feedback has been released; it can no longer change.");
    }
    this.scores = List.copyOf(given);
    this.feedback = comments == null || comments.isBlank() ? null : comments.strip();
    this.state = decision;
    this.reviewedAt = now;
    if (reviewerId == null) {
      this.reviewerId = by;
    }
  }

  /** Shows the decision and feedback to the educator; false when there is nothing to release. */
  public boolean release(Instant now) {
    if (!state.reviewed() || releasedAt != null) {
      return false;
    }
    this.releasedAt = now;
    return true;
  }

  public void reassign(String reviewer) {
    this.reviewerId = reviewer;
  }

  private void requireDraft() {
    if (state != SubmissionState.DRAFT) {
      throw new ConflictException(
          "Already handed in",
          "This version has been handed in; it can no longer change."
              + (state == SubmissionState.REVISION_REQUESTED && releasedAt != null
                  ? " Start a new version to revise it."
                  : ""));
    }
  }

  public String id() {
    return id;
  }

  public String homeworkId() {
    return homeworkId;
  }

  public String moduleId() {
    return moduleId;
  }

  public String cohortId() {
    return cohortId;
  }

  public String memberId() {
    return memberId;
  }

  public int number() {
    return number;
  }

  public SubmissionState state() {
    return state;
  }

  public String body() {
    return body;
  }

  public Instant draftSavedAt() {
    return draftSavedAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public boolean late() {
    return late;
  }

  public String reviewerId() {
    return reviewerId;
  }

  public List<Score> scores() {
    return scores == null ? List.of() : scores;
  }

  public String feedback() {
    return feedback;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public Instant releasedAt() {
    return releasedAt;
  }

  public boolean released() {
    return releasedAt != null;
  }

  public long version() {
    return version;
  }
}
