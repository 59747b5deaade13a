package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.virtualcampus.enrollment.control.CohortLocks;
import org.virtualcampus.enrollment.control.EnrollmentQueries;
import org.virtualcampus.enrollment.control.InvitationQueries;
import org.virtualcampus.enrollment.control.SeatAllocator;
import org.virtualcampus.enrollment.control.SeatNotices;
import org.virtualcampus.enrollment.entity.Admission;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.enrollment.entity.SeatPolicy;
import org.virtualcampus.enrollment.entity.WaitlistEvent;
import org.virtualcampus.enrollment.entity.WaitlistEventKind;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * What members and coordinators do with seats. Each method locks the cohort row first, changes
 * seats and queue, gives any seat it freed to the next person in line, and queues the notifications
 * — all in one transaction, so nobody ever sees a freed seat that nobody was offered.
 */
@ApplicationScoped
@Transactional
public class Enrollments {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CohortLocks locks;
  @Inject EnrollmentQueries queries;
  @Inject InvitationQueries invitations;
  @Inject MemberQueries members;
  @Inject SeatAllocator allocator;
  @Inject SeatNotices notices;

  /**
   * A member asks for a seat. While seats are free and nobody eligible waits ahead, they get one at
   * once (or an offer, if the cohort asks for acceptance); otherwise they join the back of the
   * waitlist. Refused with 409 while the cohort does not take requests, for a member already
   * registered, and for an invitation-only cohort without an invitation.
   */
  public Enrollment requestSeat(String cohortId, String memberId, EnrollmentSource source) {
    Cohort cohort = locks.lock(cohortId);
    Instant now = clock.instant(); // read under the lock, so request times follow queue order
    cohort
        .refusesRequests(now)
        .ifPresent(
            reason -> {
              throw new ConflictException("Not taking requests", reason);
            });
    Member member =
        members.byId(memberId).orElseThrow(() -> new NotFoundException("Member", memberId));
    if (cohort.admission() == Admission.INVITATION_ONLY
        && !invitations.isInvited(cohortId, member.email())) {
      throw new ConflictException(
          "By invitation only",
          "This cohort takes only invited members; ask the coordinator for an invitation.");
    }
    boolean needsApproval = cohort.seatPolicy() == SeatPolicy.APPROVAL;
    Enrollment enrollment = queries.of(cohortId, memberId).orElse(null);
    if (enrollment != null && enrollment.status().isActive()) {
      throw new ConflictException(
          "Already registered",
          "You already have a place in this cohort (" + enrollment.status() + ").");
    }
    if (enrollment == null) {
      enrollment =
          new Enrollment(cohortId, member, source, cohort.drawTicket(), needsApproval, now);
      em.persist(enrollment);
    } else {
      enrollment.rejoin(cohort.drawTicket(), needsApproval, now);
    }
    allocator.fillFreeSeats(cohort, now, null);
    if (enrollment.status().isWaiting()) {
      int position = queries.position(enrollment);
      em.persist(
          new WaitlistEvent(
                  enrollment,
                  WaitlistEventKind.JOINED,
                  null,
                  needsApproval
                      ? "Asked for a seat; awaits approval."
                      : cohort.hasFreeSeat()
                          ? "Asked for a seat; the seats left are held for other professions"
                              + " (cap "
                              + cohort.professionCapPercent()
                              + "%)."
                          : "Asked for a seat while the cohort was full.",
                  now)
              .positions(null, position));
      notices.waitlisted(cohort, enrollment, position, queries.waitingCount(cohortId));
    }
    return enrollment;
  }

  /** The member takes the seat offered to them; 409 once the offer has expired. */
  public Enrollment accept(String enrollmentId, Actor actor) {
    Locked locked = lockOwn(enrollmentId, actor);
    Instant now = clock.instant();
    locked.enrollment.accept(now);
    em.persist(
        new WaitlistEvent(
            locked.enrollment, WaitlistEventKind.OFFER_ACCEPTED, actor.memberId(), null, now));
    notices.enrolled(locked.cohort, locked.enrollment, false);
    return locked.enrollment;
  }

  /** The member turns the offer down; the seat goes to the next person in line. */
  public Enrollment decline(String enrollmentId, Actor actor) {
    Locked locked = lockOwn(enrollmentId, actor);
    Instant now = clock.instant();
    locked.enrollment.decline(now);
    locked.cohort.freeSeat();
    em.persist(
        new WaitlistEvent(
            locked.enrollment, WaitlistEventKind.OFFER_DECLINED, actor.memberId(), null, now));
    allocator.fillFreeSeats(locked.cohort, now, null);
    return locked.enrollment;
  }

  /** The member leaves the cohort or the waitlist; a seat they held goes to the next person. */
  public Enrollment withdraw(String enrollmentId, Actor actor) {
    Locked locked = lockOwn(enrollmentId, actor);
    Instant now = clock.instant();
    boolean heldSeat = locked.enrollment.status().holdsSeat();
    locked.enrollment.withdraw(now);
    if (heldSeat) {
      locked.cohort.freeSeat();
    }
    em.persist(
        new WaitlistEvent(
            locked.enrollment, WaitlistEventKind.WITHDRAWN, actor.memberId(), null, now));
    allocator.fillFreeSeats(locked.cohort, now, null);
    notices.withdrew(locked.cohort, locked.enrollment);
    return locked.enrollment;
  }

  /** A coordinator removes someone, with a reason; a seat they held goes to the next person. */
  public Enrollment remove(String enrollmentId, Actor actor, String reason) {
    requireReason(reason);
    Locked locked = lockManaged(enrollmentId, actor);
    Instant now = clock.instant();
    boolean heldSeat = locked.enrollment.status().holdsSeat();
    Integer from = positionOrNull(locked.enrollment);
    locked.enrollment.remove(now);
    if (heldSeat) {
      locked.cohort.freeSeat();
    }
    em.persist(
        new WaitlistEvent(
                locked.enrollment, WaitlistEventKind.REMOVED, actor.memberId(), reason.trim(), now)
            .positions(from, null));
    notices.removed(locked.cohort, locked.enrollment, reason.trim());
    allocator.fillFreeSeats(locked.cohort, now, actor.memberId());
    return locked.enrollment;
  }

  /** A coordinator gives a waiting person a free seat now, ahead of the line, with a reason. */
  public Enrollment promote(String enrollmentId, Actor actor, String reason) {
    requireReason(reason);
    Locked locked = lockManaged(enrollmentId, actor);
    Instant now = clock.instant();
    if (!locked.enrollment.status().isWaiting()) {
      throw new ConflictException(
          "Not waiting",
          "Only someone on the waitlist can be promoted; this place is "
              + locked.enrollment.status()
              + ".");
    }
    if (!locked.cohort.hasFreeSeat()) {
      throw new ConflictException(
          "Cohort full",
          "All "
              + locked.cohort.capacity()
              + " seats are offered or taken. Raise the capacity or wait for a seat to free.");
    }
    Integer from = positionOrNull(locked.enrollment);
    if (locked.enrollment.status() == EnrollmentStatus.INTERESTED) {
      locked.enrollment.approve();
    }
    allocator.give(
        locked.cohort,
        locked.enrollment,
        now,
        actor.memberId(),
        "Promoted by a coordinator: "
            + reason.trim()
            + (from != null ? " (was number " + from + " in line)" : ""));
    return locked.enrollment;
  }

  /** A coordinator approves an applicant; they then get a seat in queue order. */
  public Enrollment approve(String enrollmentId, Actor actor) {
    Locked locked = lockManaged(enrollmentId, actor);
    Instant now = clock.instant();
    locked.enrollment.approve();
    em.persist(
        new WaitlistEvent(
            locked.enrollment, WaitlistEventKind.APPROVED, actor.memberId(), null, now));
    allocator.fillFreeSeats(locked.cohort, now, actor.memberId());
    return locked.enrollment;
  }

  /** A coordinator moves someone one place up or down the waitlist, with a reason. */
  public Enrollment move(String enrollmentId, Actor actor, boolean up, String reason) {
    requireReason(reason);
    Locked locked = lockManaged(enrollmentId, actor);
    Instant now = clock.instant();
    Enrollment moving = locked.enrollment;
    if (!moving.status().isWaiting()) {
      throw new ConflictException("Not waiting", "Only people on the waitlist can be moved.");
    }
    Enrollment other =
        queries
            .neighbour(moving.cohortId(), moving.queueTicket(), up)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Cannot move", up ? "Already first in line." : "Already last in line."));
    int from = queries.position(moving);
    // Tickets are unique per cohort: park one on a free (negative) number while the two change
    // places.
    long mine = moving.queueTicket();
    long theirs = other.queueTicket();
    moving.takeTicket(-mine);
    em.flush();
    other.takeTicket(mine);
    em.flush();
    moving.takeTicket(theirs);
    em.flush();
    int to = queries.position(moving);
    em.persist(
        new WaitlistEvent(moving, WaitlistEventKind.MOVED, actor.memberId(), reason.trim(), now)
            .positions(from, to));
    allocator.fillFreeSeats(locked.cohort, now, actor.memberId());
    return moving;
  }

  /**
   * Ends an offer whose deadline passed and passes the seat on. Safe to call from every instance.
   */
  public boolean expireOffer(String enrollmentId) {
    Enrollment e = queries.byId(enrollmentId).orElse(null);
    if (e == null) {
      return false;
    }
    Cohort cohort = locks.lock(e.cohortId());
    em.refresh(e);
    Instant now = clock.instant();
    if (!e.isOfferExpired(now)) {
      return false; // accepted, declined or already expired by another instance meanwhile
    }
    e.expire(now);
    cohort.freeSeat();
    em.persist(
        new WaitlistEvent(
            e, WaitlistEventKind.OFFER_EXPIRED, null, "Not accepted by the deadline.", now));
    notices.offerExpired(cohort, e);
    allocator.fillFreeSeats(cohort, now, null);
    return true;
  }

  /** Reminds the holder of an offer that ends within {@code window}, once. */
  public boolean remindOfExpiringOffer(String enrollmentId, Duration window) {
    Enrollment e = queries.byId(enrollmentId).orElse(null);
    if (e == null) {
      return false;
    }
    Cohort cohort = locks.lock(e.cohortId());
    em.refresh(e);
    Instant now = clock.instant();
    if (e.status() != EnrollmentStatus.OFFERED
        || e.isOfferExpired(now)
        || e.offerExpiresAt().isAfter(now.plus(window))
        || !e.markExpiryWarned()) {
      return false;
    }
    notices.offerExpiresSoon(cohort, e);
    return true;
  }

  private Integer positionOrNull(Enrollment e) {
    return e.status().isWaiting() ? queries.position(e) : null;
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(
          "reason", "a reason is required; it is kept in the waitlist history");
    }
    if (reason.length() > 500) {
      throw new InvalidInputException("reason", "the reason must have at most 500 characters");
    }
  }

  private record Locked(Cohort cohort, Enrollment enrollment) {}

  private Locked lockOwn(String enrollmentId, Actor actor) {
    Enrollment e =
        queries
            .byId(enrollmentId)
            .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
    if (!e.member().id().equals(actor.memberId())) {
      throw new AccessDeniedException("This is someone else's place.");
    }
    Cohort cohort = locks.lock(e.cohortId());
    em.refresh(e);
    return new Locked(cohort, e);
  }

  private Locked lockManaged(String enrollmentId, Actor actor) {
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators manage the waitlist.");
    }
    Enrollment e =
        queries
            .byId(enrollmentId)
            .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
    Cohort cohort = locks.lock(e.cohortId());
    em.refresh(e);
    return new Locked(cohort, e);
  }
}
