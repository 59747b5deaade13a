package org.virtualcampus.attendance.control;

/**
 * @param lateAfterMinutes joining more than this many minutes after the start counts as late
 * @param minimumMinutes attending fewer minutes than this (within the session) counts as absent
 */
public record ImportThresholds(int lateAfterMinutes, int minimumMinutes) {
  public ImportThresholds {
    if (lateAfterMinutes < 0) {
      throw new IllegalArgumentException(
          "lateAfterMinutes must be 0 or more, not " + lateAfterMinutes);
    }
    if (minimumMinutes < 0) {
      throw new IllegalArgumentException("minimumMinutes must be 0 or more, not " + minimumMinutes);
    }
  }
}
