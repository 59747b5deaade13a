package org.virtualcampus.attendance.entity;

/** How a member attended one session. */
public enum AttendanceStatus {
  PRESENT,
  LATE,
  ABSENT,
  /** Left out of the attendance rate altogether: neither attended nor missed. */
  EXCUSED
}
