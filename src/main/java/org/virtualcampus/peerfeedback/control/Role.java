package org.virtualcampus.peerfeedback.control;

/** What a member does in one round of a practice group. */
public enum Role {
  GIVER,
  RECEIVER,
  OBSERVER
}
