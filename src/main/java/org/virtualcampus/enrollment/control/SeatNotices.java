package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.notification.entity.NotificationKind;

/** Writes the enrollment notifications into the outbox, with times in the recipient's time zone. */
@ApplicationScoped
public class SeatNotices {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm (zzz)", Locale.ENGLISH);

  @Inject Notifications notifications;
  @Inject MemberQueries members;

  @Inject
  @ConfigProperty(name = "campus.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public void offered(Cohort cohort, Enrollment e, boolean fromWaitlist) {
    Member m = e.member();
    notifications.queue(
        NotificationKind.SEAT_OFFERED,
        m,
        "A seat in " + cohort.name() + " is yours to accept",
        "Hello "
            + m.displayName()
            + ",\n\n"
            + (fromWaitlist ? "A seat has freed up in " : "There is a seat for you in ")
            + cohort.name()
            + " ("
            + cohort.course().title()
            + ").\nAccept it by "
            + at(e.offerExpiresAt(), m)
            + "; after that it goes to the next person waiting.\n\n"
            + myCohorts());
  }

  public void enrolled(Cohort cohort, Enrollment e, boolean fromWaitlist) {
    Member m = e.member();
    notifications.queue(
        fromWaitlist ? NotificationKind.PROMOTED_FROM_WAITLIST : NotificationKind.ENROLLED,
        m,
        (fromWaitlist ? "You moved up from the waitlist: " : "You are enrolled in ")
            + cohort.name(),
        "Hello "
            + m.displayName()
            + ",\n\n"
            + (fromWaitlist
                ? "A seat freed up and it is yours: you are now enrolled in "
                : "You are enrolled in ")
            + cohort.name()
            + " ("
            + cohort.course().title()
            + "), starting "
            + cohort.startsOn()
            + ".\n\n"
            + myCohorts());
  }

  public void waitlisted(Cohort cohort, Enrollment e, int position, long waiting) {
    Member m = e.member();
    notifications.queue(
        NotificationKind.WAITLISTED,
        m,
        "You are on the waitlist for " + cohort.name(),
        "Hello "
            + m.displayName()
            + ",\n\n"
            + (cohort.hasFreeSeat()
                ? "The seats left in "
                    + cohort.name()
                    + " are kept for other professions for now,"
                    + " so that no profession holds more than "
                    + cohort.professionCapPercent()
                    + "% of them."
                : cohort.name() + " is full for now.")
            + " You are number "
            + position
            + " of "
            + waiting
            + " on the waitlist. When a seat frees, the next person in line gets it without"
            + " anyone having to do anything; we will write to you.\n\n"
            + myCohorts());
  }

  public void offerExpiresSoon(Cohort cohort, Enrollment e) {
    Member m = e.member();
    notifications.queue(
        NotificationKind.OFFER_EXPIRES_SOON,
        m,
        "Your seat offer for " + cohort.name() + " ends soon",
        "Hello "
            + m.displayName()
            + ",\n\nThe seat we are holding for you in "
            + cohort.name()
            + " is held until "
            + at(e.offerExpiresAt(), m)
            + ". Accept or decline it before then.\n\n"
            + myCohorts());
  }

  public void offerExpired(Cohort cohort, Enrollment e) {
    Member m = e.member();
    notifications.queue(
        NotificationKind.OFFER_EXPIRED,
        m,
        "Your seat offer for " + cohort.name() + " has expired",
        "Hello "
            + m.displayName()
            + ",\n\nThe seat offer in "
            + cohort.name()
            + " was not accepted in time and has gone to the next person waiting. You can ask for a seat again"
            + " while the cohort takes requests.\n\n"
            + myCohorts());
  }

  public void withdrew(Cohort cohort, Enrollment e) {
    Member m = e.member();
    notifications.queue(
        NotificationKind.WITHDRAWN,
        m,
        "You have withdrawn from " + cohort.name(),
        "Hello "
            + m.displayName()
            + ",\n\nYou are no longer registered for "
            + cohort.name()
            + ".\n");
    members
        .byId(cohort.coordinatorId())
        .ifPresent(
            coordinator ->
                notifications.queue(
                    NotificationKind.MEMBER_WITHDREW,
                    coordinator,
                    m.displayName() + " withdrew from " + cohort.name(),
                    m.displayName()
                        + " ("
                        + m.email()
                        + ") withdrew from "
                        + cohort.name()
                        + ". "
                        + (cohort.hasFreeSeat()
                            ? "The seat is free."
                            : "The seat has gone to the next person on the waitlist.")
                        + "\n\n"
                        + publicUrl
                        + "/coordinator/cohort.xhtml?id="
                        + cohort.id()));
  }

  public void removed(Cohort cohort, Enrollment e, String reason) {
    Member m = e.member();
    notifications.queue(
        NotificationKind.REMOVED,
        m,
        "Your place in " + cohort.name() + " has been removed",
        "Hello "
            + m.displayName()
            + ",\n\nA coordinator removed your place in "
            + cohort.name()
            + ". Reason: "
            + reason
            + "\n");
  }

  private String at(Instant instant, Member recipient) {
    return WHEN.format(instant.atZone(recipient.timeZone()));
  }

  private String myCohorts() {
    return "Your cohorts: " + publicUrl + "/me/cohorts.xhtml";
  }
}
