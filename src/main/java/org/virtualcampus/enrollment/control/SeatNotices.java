package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.CohortStatus;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.Params;

/**
 * Where enrollment queues its notices: each one a kind and a few named parameters (ids and small
 * values), rendered later from templates in the recipient's language. Written in the caller's
 * transaction.
 */
@ApplicationScoped
public class SeatNotices {
  @Inject Notifications notifications;
  @Inject Recipients members;
  @Inject CohortQueries cohorts;

  public void offered(Cohort cohort, String memberId, Instant deadline, boolean fromWaitlist) {
    notifications.queue(
        NotificationKind.SEAT_OFFERED,
        memberId,
        about(cohort).with("deadline", deadline).with("fromWaitlist", fromWaitlist ? 1 : 0));
  }

  public void enrolled(Cohort cohort, String memberId, boolean fromWaitlist) {
    notifications.queue(
        fromWaitlist ? NotificationKind.PROMOTED_FROM_WAITLIST : NotificationKind.ENROLLED,
        memberId,
        about(cohort).with("startsOn", cohort.startsOn()));
  }

  /**
   * Waiting although seats are free means the profession cap holds them: the notice says so with
   * the cap ({@code capPercent} 0 means the cohort is simply full).
   */
  public void waitlisted(WaitlistNotice draft, Cohort cohort, int position, long waiting) {
    int cap =
        cohort.hasFreeSeat() && cohort.professionCapPercent() != null
            ? cohort.professionCapPercent()
            : 0;
    notifications.queue(
        draft.to(),
        Params.empty()
            .with("cohortId", cohort.id())
            .with("cohortName", cohort.name())
            .with("courseTitle", draft.courseTitle())
            .with("position", position)
            .with("waiting", waiting)
            .with("capPercent", cap));
  }

  /**
   * A waitlist notice's reads (course title, recipient, delivery), done before the cohort lock is
   * taken: in a rush every statement under that lock delays everyone queued behind it.
   */
  public record WaitlistNotice(Notifications.Addressed to, String courseTitle) {}

  public WaitlistNotice waitlistNotice(String cohortId, Recipient recipient) {
    return new WaitlistNotice(
        notifications.address(NotificationKind.WAITLISTED, recipient),
        cohorts.courseTitleOfCohort(cohortId));
  }

  public void offerExpiresSoon(Cohort cohort, String memberId, Instant deadline) {
    notifications.queue(
        NotificationKind.OFFER_EXPIRES_SOON, memberId, about(cohort).with("deadline", deadline));
  }

  public void offerExpired(Cohort cohort, String memberId) {
    notifications.queue(NotificationKind.OFFER_EXPIRED, memberId, about(cohort));
  }

  /** Tells the member, and the cohort's coordinator who withdrew and where the seat went. */
  public void withdrew(Cohort cohort, String memberId) {
    notifications.queue(NotificationKind.WITHDRAWN, memberId, about(cohort));
    if (cohort.coordinatorId() == null) {
      return;
    }
    Recipient who = members.recipient(memberId).orElse(null);
    notifications.queue(
        NotificationKind.MEMBER_WITHDREW,
        cohort.coordinatorId(),
        about(cohort)
            .with("memberId", memberId)
            .with("memberName", who == null ? memberId : who.displayName())
            .with("memberEmail", who == null ? "" : who.email())
            .with("seatFree", cohort.hasFreeSeat() ? 1 : 0));
  }

  public void removed(Cohort cohort, String memberId, String reason) {
    notifications.queue(NotificationKind.REMOVED, memberId, about(cohort).with("reason", reason));
  }

  /** A coordinator's own words to a member of a cohort, signed with their name. */
  public void coordinatorMessage(Cohort cohort, String memberId, String senderId, String message) {
    notifications.queue(
        NotificationKind.COORDINATOR_MESSAGE,
        memberId,
        about(cohort)
            .with("senderName", members.recipient(senderId).map(Recipient::displayName).orElse(""))
            .with("message", message.strip()));
  }

  public void cohortCancelled(Cohort cohort, String memberId) {
    notifications.queue(NotificationKind.COHORT_CANCELLED, memberId, about(cohort));
  }

  public void cohortCompleted(Cohort cohort, String memberId) {
    notifications.queue(NotificationKind.COHORT_COMPLETED, memberId, about(cohort));
  }

  /** Tells a member with a place that the cohort was cancelled or has finished. */
  public void cohortEnded(Cohort cohort, String memberId) {
    if (cohort.status() == CohortStatus.CANCELLED) {
      cohortCancelled(cohort, memberId);
    } else {
      cohortCompleted(cohort, memberId);
    }
  }

  private Params about(Cohort cohort) {
    return Params.empty()
        .with("cohortId", cohort.id())
        .with("cohortName", cohort.name())
        .with("courseTitle", courseTitle(cohort));
  }

  private String courseTitle(Cohort cohort) {
    return cohorts.courseTitle(cohort.courseId());
  }
}
