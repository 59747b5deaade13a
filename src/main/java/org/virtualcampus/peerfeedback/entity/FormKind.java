package org.virtualcampus.peerfeedback.entity;

/** Who writes a practice form, and about what. */
public enum FormKind {
  /** The observer's checklist on the giver's technique, with one thing to keep and one to try. */
  OBSERVER,
  /** How the feedback landed for the receiver: usefulness 1-5, what helped, what did not. */
  RECEIVER,
  /** The giver's own reflection. */
  GIVER,
  /** An expert coach's comment on a giver's round. */
  COACH
}
