package org.virtualcampus.enrollment.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A member's place in a cohort. INTERESTED waits for a coordinator's approval, WAITLISTED waits for
 * a seat; both hold a place in the queue. OFFERED and ENROLLED hold a seat. The rest are over.
 */
public enum EnrollmentStatus {
  INTERESTED,
  WAITLISTED,
  OFFERED,
  ENROLLED,
  DECLINED,
  EXPIRED,
  WITHDRAWN,
  REMOVED,
  COMPLETED;

  public static final Set<EnrollmentStatus> WAITING = EnumSet.of(INTERESTED, WAITLISTED);
  public static final Set<EnrollmentStatus> HOLDING_SEAT = EnumSet.of(OFFERED, ENROLLED);

  public boolean isWaiting() {
    return WAITING.contains(this);
  }

  public boolean holdsSeat() {
    return HOLDING_SEAT.contains(this);
  }

  public boolean isActive() {
    return isWaiting() || holdsSeat();
  }
}
