package org.virtualcampus.attendance.control;

/** What a conferencing report says about one person's attendance at one session. */
public enum ImportedStatus {
  PRESENT,
  LATE,
  ABSENT
}
