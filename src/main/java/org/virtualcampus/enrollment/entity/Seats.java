package org.virtualcampus.enrollment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.virtualcampus.platform.error.ConflictException;

/**
 * A cohort's seats and the ticket counter of its queue. Seats taken (offered plus enrolled) never
 * exceed capacity: they change only while the cohort row is locked, and a check constraint backs
 * it.
 */
@Embeddable
public class Seats {
  private int capacity;

  @Column(name = "seats_taken")
  private int taken;

  @Column(name = "next_ticket")
  private long nextTicket;

  protected Seats() {}

  Seats(int capacity) {
    this.capacity = capacity;
    this.nextTicket = 1;
  }

  int capacity() {
    return capacity;
  }

  int taken() {
    return taken;
  }

  boolean hasFree() {
    return taken < capacity;
  }

  void take(String cohortId) {
    if (!hasFree()) {
      throw new IllegalStateException("No free seat in cohort " + cohortId);
    }
    taken++;
  }

  void free(String cohortId) {
    if (taken == 0) {
      throw new IllegalStateException("No seat taken in cohort " + cohortId);
    }
    taken--;
  }

  long drawTicket() {
    return nextTicket++;
  }

  /** {@code percent} of the capacity, rounded down, at least one seat. */
  int shareOf(int percent) {
    return Math.max(1, capacity * percent / 100);
  }

  /** Capacity can grow at any time; it can shrink only down to the seats already taken. */
  void changeCapacity(int newCapacity) {
    if (newCapacity < taken) {
      throw new ConflictException(
          "Capacity below seats taken",
          "Capacity cannot go below the "
              + taken
              + " seats already offered or taken; "
              + "withdraw or remove people first.");
    }
    this.capacity = newCapacity;
  }
}
