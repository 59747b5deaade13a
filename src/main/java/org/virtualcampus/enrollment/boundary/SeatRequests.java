package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.virtualcampus.enrollment.control.CohortLocks;
import org.virtualcampus.enrollment.control.EnrollmentQueries;
import org.virtualcampus.enrollment.control.InvitationQueries;
import org.virtualcampus.enrollment.control.PlaceRow;
import org.virtualcampus.enrollment.control.SeatAllocator;
import org.virtualcampus.enrollment.control.SeatNotices;
import org.virtualcampus.enrollment.entity.Admission;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.enrollment.entity.SeatPolicy;
import org.virtualcampus.enrollment.entity.WaitlistEvent;
import org.virtualcampus.enrollment.entity.WaitlistEventKind;
import org.virtualcampus.identity.boundary.Applicant;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * A member asks for a seat, themselves or by answering an invitation. The cohort row is locked
 * first, so the queue order is the order in which requests reached the database.
 */
@ApplicationScoped
@Transactional
public class SeatRequests {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CohortLocks locks;
  @Inject EnrollmentQueries queries;
  @Inject InvitationQueries invitations;
  @Inject Recipients applicants;
  @Inject SeatAllocator allocator;
  @Inject SeatNotices notices;

  /**
   * A member asks for a seat. While seats are free and nobody eligible waits ahead, they get one at
   * once (or an offer, if the cohort asks for acceptance); otherwise they join the back of the
   * waitlist. An invitee's "interested" given before requests open (a DRAFT cohort, or before its
   * interest window) is recorded in order of answers, and seats go in that order when requests
   * open. Refused with 409 while the cohort does not take requests, for a member already registered
   * or removed, and for an invitation-only cohort without a valid invitation for the member's
   * address or while that address is not verified (whoever merely typed someone's address at
   * sign-up gains nothing from their invitation).
   */
  public Enrollment requestSeat(String cohortId, String memberId, EnrollmentSource source) {
    return place(cohortId, memberId, source).enrollment();
  }

  /**
   * {@link #requestSeat}, answered with the place as it stood at the request: a waiting place with
   * the position it joined at (the number then waiting), read from what the request already holds
   * rather than from a second round of queries.
   */
  public EnrollmentView ask(String cohortId, String memberId, EnrollmentSource source) {
    Asked asked = place(cohortId, memberId, source);
    Enrollment e = asked.enrollment();
    PlaceRow row =
        new PlaceRow(
            e.id(),
            e.cohortId(),
            asked.cohort().name(),
            asked.notice().courseTitle(),
            e.memberId(),
            asked.member().displayName(),
            asked.member().profession(),
            e.status(),
            e.source(),
            e.requestedAt(),
            e.offerExpiresAt(),
            e.enrolledAt());
    return EnrollmentView.of(
        row, asked.position(), asked.position() == null ? null : (long) asked.position());
  }

  private record Asked(
      Enrollment enrollment,
      Applicant member,
      Cohort cohort,
      SeatNotices.WaitlistNotice notice,
      Integer position) {}

  private Asked place(String cohortId, String memberId, EnrollmentSource source) {
    // Read what does not change under the lock before taking it: every statement after the lock
    // makes the whole rush wait. The unique key (cohort, member) still refuses a second place if
    // the same member's other request slips in between.
    Applicant member =
        applicants.applicant(memberId).orElseThrow(() -> new NotFoundException("Member", memberId));
    Enrollment enrollment = queries.of(cohortId, memberId).orElse(null);
    SeatNotices.WaitlistNotice notice = notices.waitlistNotice(cohortId, member.recipient());
    Cohort cohort = locks.lock(cohortId);
    Instant now = clock.instant(); // read under the lock, so request times follow queue order
    (source == EnrollmentSource.INVITATION
            ? cohort.refusesInterest(now)
            : cohort.refusesRequests(now))
        .ifPresent(
            reason -> {
              throw new ConflictException("Not taking requests", reason);
            });
    if (cohort.admission() == Admission.INVITATION_ONLY
        && !invitations.isInvited(cohortId, member.email(), now)) {
      throw new ConflictException(
          "By invitation only",
          "This cohort takes only invited members; ask the coordinator for an invitation.");
    }
    if (cohort.admission() == Admission.INVITATION_ONLY && !member.emailVerified()) {
      throw new ConflictException(
          "Address not verified",
          "An invitation counts only for a verified address: open the link we mailed to "
              + member.email()
              + " (or the invitation link itself) first.");
    }
    boolean needsApproval = cohort.seatPolicy() == SeatPolicy.APPROVAL;
    if (enrollment == null) {
      enrollment =
          new Enrollment(cohortId, memberId, source, cohort.drawTicket(), needsApproval, now);
      em.persist(enrollment);
    } else {
      em.refresh(enrollment); // as the lock holder sees it
      enrollment.rejoin(cohort.drawTicket(), needsApproval, now);
    }
    boolean early = cohort.refusesSeating(now).isPresent();
    allocator.fillFreeSeats(cohort, now, null);
    Integer position = null;
    if (enrollment.status().isWaiting()) {
      // The newest ticket waits last: its position is the number waiting (one count, not two).
      position = (int) queries.waitingCount(cohortId);
      em.persist(
          new WaitlistEvent(enrollment, WaitlistEventKind.JOINED, null, joined(cohort, early), now)
              .positions(null, position));
      if (!early) {
        notices.waitlisted(notice, cohort, position, position);
      }
    }
    return new Asked(enrollment, member, cohort, notice, position);
  }

  private static String joined(Cohort cohort, boolean early) {
    if (early) {
      return "Interested before requests opened; seats go in order of answers when they open.";
    }
    if (cohort.seatPolicy() == SeatPolicy.APPROVAL) {
      return "Asked for a seat; awaits approval.";
    }
    return cohort.hasFreeSeat()
        ? "Asked for a seat; the seats left are held for other professions (cap "
            + cohort.professionCapPercent()
            + "%)."
        : "Asked for a seat while the cohort was full.";
  }
}
