package org.virtualcampus.peerfeedback.entity;

/** A member's part in one round of practice. */
public enum PracticeRole {
  /** Holds the feedback conversation. */
  GIVER,
  /** Role-plays the learner, with a private brief. */
  RECEIVER,
  /** Watches with the model's checklist. */
  OBSERVER;

  /** The form this role writes about the round. */
  public FormKind form() {
    return switch (this) {
      case GIVER -> FormKind.GIVER;
      case RECEIVER -> FormKind.RECEIVER;
      case OBSERVER -> FormKind.OBSERVER;
    };
  }
}
