package org.virtualcampus.notification.entity;

/** Where a notification stands with the mail relay. */
public enum NotificationStatus {
  /** Not e-mailed yet: waiting for its first try, a retry after a failure, or the daily digest. */
  PENDING,
  SENT,
  /** The relay gave up after retrying for the whole retry window; a coordinator may retry it. */
  FAILED,
  /** The recipient wants this kind in the app only: never e-mailed. */
  IN_APP
}
