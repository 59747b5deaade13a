package org.virtualcampus.attendance.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * When a member may check themselves in to a session: from ten minutes before its start (people
 * join early to test their sound) to its end; after the course's late threshold they count as late.
 */
public record CheckInWindow(Instant start, Instant end) {
  public static final Duration EARLY = Duration.ofMinutes(10);

  public Instant opensAt() {
    return start.minus(EARLY);
  }

  public boolean isOpenAt(Instant now) {
    return !now.isBefore(opensAt()) && !now.isAfter(end);
  }

  /** The status a check-in at {@code now} earns: LATE strictly after start + lateAfter. */
  public AttendanceStatus statusAt(Instant now, int lateAfterMinutes) {
    if (!isOpenAt(now)) {
      throw new IllegalStateException("check-in is closed at " + now);
    }
    return now.isAfter(start.plus(Duration.ofMinutes(lateAfterMinutes)))
        ? AttendanceStatus.LATE
        : AttendanceStatus.PRESENT;
  }
}
