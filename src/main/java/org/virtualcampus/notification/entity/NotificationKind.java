package org.virtualcampus.notification.entity;

/** What a notification is about. */
public enum NotificationKind {
  SEAT_OFFERED,
  ENROLLED,
  PROMOTED_FROM_WAITLIST,
  OFFER_EXPIRES_SOON,
  OFFER_EXPIRED,
  WITHDRAWN,
  MEMBER_WITHDREW,
  REMOVED,
  WAITLISTED,
  INVITATION,
  WELCOME
}
