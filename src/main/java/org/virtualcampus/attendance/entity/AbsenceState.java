package org.virtualcampus.attendance.entity;

/** Where a request to be excused stands. */
public enum AbsenceState {
  PENDING,
  APPROVED,
  REFUSED
}
