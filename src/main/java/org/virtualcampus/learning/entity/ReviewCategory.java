package org.virtualcampus.learning.entity;

/** The piles of a facilitator's review queue; a submission is in exactly one of them. */
public enum ReviewCategory {
  /** First versions handed in on time, waiting for a review. */
  WAITING,
  /** Handed in after the due time, waiting for a review. */
  LATE,
  /** Later versions (after a revision request) handed in on time, waiting for a review. */
  REVISED,
  /** Reviewed, but the educator does not see the feedback until it is released. */
  TO_RELEASE,
  /** Feedback released. */
  RELEASED;

  private static final String STATE = "org.virtualcampus.learning.entity.SubmissionState.";
  private static final String HANDED_IN = "s.state = " + STATE + "SUBMITTED";

  /** The JPQL condition on submission {@code s} that picks this pile. */
  public String condition() {
    return switch (this) {
      case WAITING -> HANDED_IN + " and s.number = 1 and s.late = false";
      case LATE -> HANDED_IN + " and s.late = true";
      case REVISED -> HANDED_IN + " and s.number > 1 and s.late = false";
      case TO_RELEASE ->
          "s.state in ("
              + STATE
              + "REVISION_REQUESTED, "
              + STATE
              + "ACCEPTED) and s.releasedAt is null";
      case RELEASED -> "s.releasedAt is not null";
    };
  }
}
