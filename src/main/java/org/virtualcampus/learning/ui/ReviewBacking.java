package org.virtualcampus.learning.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.boundary.FeedbackView;
import org.virtualcampus.learning.boundary.Reassignment;
import org.virtualcampus.learning.boundary.ReviewForm;
import org.virtualcampus.learning.boundary.Reviews;
import org.virtualcampus.learning.boundary.SubmissionReview;
import org.virtualcampus.learning.entity.SubmissionState;
import org.virtualcampus.platform.ui.PageMessages;

/** One hand-in as its reviewer scores it: rubric levels, comments, a decision, the release. */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {
  @Inject Reviews reviews;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String submission;
  private SubmissionReview review;
  private List<Integer> levels = new ArrayList<>();
  private String comments;
  private String reviewer;

  public void load() {
    try {
      show(reviews.submission(submission, current.get()));
    } catch (RuntimeException e) {
      review = null;
      messages.failed(e, null);
    }
  }

  public void requestRevision() {
    decide(SubmissionState.REVISION_REQUESTED);
  }

  public void accept() {
    decide(SubmissionState.ACCEPTED);
  }

  private void decide(SubmissionState decision) {
    List<ReviewForm.CriterionScore> scores = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      scores.add(new ReviewForm.CriterionScore(i, levels.get(i)));
    }
    try {
      show(reviews.review(submission, new ReviewForm(decision, comments, scores), current.get()));
      messages.info("review.saved");
    } catch (RuntimeException e) {
      messages.failed(e, "review");
    }
  }

  public void release() {
    try {
      show(reviews.release(submission, current.get()));
      messages.info("review.releasedNow");
    } catch (RuntimeException e) {
      messages.failed(e, "review");
    }
  }

  public void reassign() {
    try {
      show(reviews.reassign(submission, new Reassignment(reviewer), current.get()));
      messages.info("review.reassigned", review.reviewerName());
    } catch (RuntimeException e) {
      messages.failed(e, "review");
    }
  }

  private void show(SubmissionReview shown) {
    review = shown;
    reviewer = shown.reviewerId();
    FeedbackView given = shown.submission().feedback();
    comments = given == null ? null : given.comments();
    int criteria =
        shown.homework().rubric() == null ? 0 : shown.homework().rubric().grid().criteria().size();
    levels = new ArrayList<>();
    for (int i = 0; i < criteria; i++) {
      levels.add(
          given == null || given.scores().size() <= i ? null : given.scores().get(i).level());
    }
  }

  /** Decisions can change until released. */
  public boolean open() {
    return review != null && review.submission().feedback() == null
        || review != null && review.submission().feedback().releasedAt() == null;
  }

  public boolean releasable() {
    return review != null
        && review.submission().feedback() != null
        && review.submission().feedback().releasedAt() == null;
  }

  public boolean reassigns() {
    return current.get().managesCohorts();
  }

  public String versionTitle(int number) {
    return messages.text("homework.version", number);
  }

  public String title() {
    return review == null
        ? messages.text("reviews.titlePlain")
        : messages.text("review.title", review.memberName());
  }

  public String getSubmission() {
    return submission;
  }

  public void setSubmission(String submission) {
    this.submission = submission;
  }

  public SubmissionReview getReview() {
    return review;
  }

  public List<Integer> getLevels() {
    return levels;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }

  public String getReviewer() {
    return reviewer;
  }

  public void setReviewer(String reviewer) {
    this.reviewer = reviewer;
  }
}
