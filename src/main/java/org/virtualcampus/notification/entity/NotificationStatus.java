package org.virtualcampus.notification.entity;

/** Where a notification stands with the mail relay. */
public enum NotificationStatus {
  /** Not sent yet: waiting for its first try, or for a retry after a failure. */
  PENDING,
  SENT,
  /** The relay gave up after {@link Notification#MAX_ATTEMPTS} failed tries. */
  FAILED
}
