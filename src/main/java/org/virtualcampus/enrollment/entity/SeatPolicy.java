package org.virtualcampus.enrollment.entity;

/**
 * How a free seat reaches the next person: IMMEDIATE enrols them at once; OFFER holds the seat for
 * them until a deadline and they accept it; APPROVAL queues every request for a coordinator's
 * approval before the seat is offered.
 */
public enum SeatPolicy {
  IMMEDIATE,
  OFFER,
  APPROVAL;

  /** Whether a seat that frees is offered (to be accepted) rather than given. */
  public boolean offersSeats() {
    return this != IMMEDIATE;
  }
}
