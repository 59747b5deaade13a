package org.virtualcampus.enrollment.entity;

import java.util.Set;
import org.virtualcampus.platform.error.ConflictException;

/** DRAFT → OPEN → RUNNING → COMPLETED, or CANCELLED from any state that is not over. */
public enum CohortStatus {
  DRAFT,
  OPEN,
  RUNNING,
  COMPLETED,
  CANCELLED;

  public boolean canMoveTo(CohortStatus next) {
    return switch (this) {
      case DRAFT -> Set.of(OPEN, CANCELLED).contains(next);
      case OPEN -> Set.of(DRAFT, RUNNING, CANCELLED).contains(next);
      case RUNNING -> Set.of(COMPLETED, CANCELLED).contains(next);
      case COMPLETED, CANCELLED -> false;
    };
  }

  /** CANCELLED or COMPLETED: nothing about seats changes any more. */
  public boolean isOver() {
    return this == COMPLETED || this == CANCELLED;
  }

  /** The status after a move to {@code next}; staying put is allowed, an impossible move is 409. */
  public CohortStatus moveTo(CohortStatus next) {
    if (next != this && !canMoveTo(next)) {
      throw new ConflictException(
          "Status change not allowed", "A " + this + " cohort cannot become " + next + ".");
    }
    return next;
  }
}
