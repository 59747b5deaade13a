package org.virtualcampus.notification.entity;

/**
 * What a notification is about. Each kind has a subject and a text template in {@code
 * org/virtualcampus/notification/templates*.properties}, and names the parameters it needs there.
 */
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
  COHORT_CANCELLED,
  COHORT_COMPLETED,
  /** A coordinator's own message to people of a cohort. */
  COORDINATOR_MESSAGE,
  /** A live session starts within a day, or within an hour. */
  SESSION_REMINDER,
  /** A reviewer released feedback on homework. */
  FEEDBACK_RELEASED,
  /** A facilitator's reminder to a member who has missed sessions or homework. */
  FALLING_BEHIND,
  INVITATION,
  WELCOME,
  /** The link that proves a new member owns their address; carries a secret. */
  EMAIL_VERIFICATION,
  /** The link to set a new password; carries a secret. */
  PASSWORD_RESET,
  /** One mail listing a member's digest notices of a day; never itself in a digest. */
  DAILY_DIGEST;

  /** Whether members choose how they get this kind (e-mail, digest, in the app only). */
  public boolean isChoosable() {
    return this != INVITATION
        && this != WELCOME
        && this != EMAIL_VERIFICATION
        && this != PASSWORD_RESET
        && this != DAILY_DIGEST;
  }
}
