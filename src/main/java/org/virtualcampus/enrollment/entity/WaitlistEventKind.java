package org.virtualcampus.enrollment.entity;

/** The changes to a cohort's queue and seats that the waitlist history shows. */
public enum WaitlistEventKind {
  JOINED,
  APPROVED,
  MOVED,
  PROMOTED,
  PASSED_OVER,
  OFFER_ACCEPTED,
  OFFER_DECLINED,
  OFFER_EXPIRED,
  WITHDRAWN,
  REMOVED,
  ALLOWED_TO_ASK_AGAIN,
  CAPACITY_CHANGED
}
