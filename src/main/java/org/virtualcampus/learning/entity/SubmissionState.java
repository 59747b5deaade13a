package org.virtualcampus.learning.entity;

/**
 * Where one version of a member's homework stands. Only the newest version of a member's homework
 * moves; a reviewed one waits for its release before the educator sees the decision.
 */
public enum SubmissionState {
  /** Being written: autosaved, not yet handed in. */
  DRAFT,
  /** Handed in, waiting for its reviewer. */
  SUBMITTED,
  /** Reviewed: the educator is asked to hand in a new version. */
  REVISION_REQUESTED,
  /** Reviewed and accepted: nothing more to hand in. */
  ACCEPTED;

  public boolean reviewed() {
    return this == REVISION_REQUESTED || this == ACCEPTED;
  }

  /** The decisions a reviewer can take. */
  public boolean isDecision() {
    return reviewed();
  }
}
