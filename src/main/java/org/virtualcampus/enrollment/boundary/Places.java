package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.virtualcampus.enrollment.control.CohortLocks;
import org.virtualcampus.enrollment.control.CohortLocks.LockedPlace;
import org.virtualcampus.enrollment.control.EnrollmentQueries;
import org.virtualcampus.enrollment.control.SeatAllocator;
import org.virtualcampus.enrollment.control.SeatNotices;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.enrollment.entity.WaitlistEvent;
import org.virtualcampus.enrollment.entity.WaitlistEventKind;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * What members do with their own place: accept or decline an offer, withdraw. Each method locks the
 * cohort row first and gives any seat it freed to the next person in line in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Places {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CohortLocks locks;
  @Inject EnrollmentQueries queries;
  @Inject SeatAllocator allocator;
  @Inject SeatNotices notices;

  /**
   * The member takes the seat offered to them; 409 once the offer has expired, and when the cohort
   * was cancelled or has finished.
   */
  public Enrollment accept(String enrollmentId, Actor actor) {
    LockedPlace locked = lockOwn(enrollmentId, actor);
    Instant now = clock.instant();
    locked
        .cohort()
        .refusesSeating(now)
        .ifPresent(
            reason -> {
              throw new ConflictException("Offer no longer open", reason);
            });
    locked.enrollment().accept(now);
    em.persist(
        new WaitlistEvent(
            locked.enrollment(), WaitlistEventKind.OFFER_ACCEPTED, actor.memberId(), null, now));
    notices.enrolled(locked.cohort(), locked.enrollment().memberId(), false);
    return locked.enrollment();
  }

  /** The member turns the offer down; the seat goes to the next person in line. */
  public Enrollment decline(String enrollmentId, Actor actor) {
    LockedPlace locked = lockOwn(enrollmentId, actor);
    Instant now = clock.instant();
    locked.enrollment().decline(now);
    locked.cohort().freeSeat();
    em.persist(
        new WaitlistEvent(
            locked.enrollment(), WaitlistEventKind.OFFER_DECLINED, actor.memberId(), null, now));
    allocator.fillFreeSeats(locked.cohort(), now, null);
    return locked.enrollment();
  }

  /** The member leaves the cohort or the waitlist; a seat they held goes to the next person. */
  public Enrollment withdraw(String enrollmentId, Actor actor) {
    LockedPlace locked = lockOwn(enrollmentId, actor);
    Instant now = clock.instant();
    boolean heldSeat = locked.enrollment().status().holdsSeat();
    locked.enrollment().withdraw(now);
    if (heldSeat) {
      locked.cohort().freeSeat();
    }
    em.persist(
        new WaitlistEvent(
            locked.enrollment(), WaitlistEventKind.WITHDRAWN, actor.memberId(), null, now));
    allocator.fillFreeSeats(locked.cohort(), now, null);
    notices.withdrew(locked.cohort(), locked.enrollment().memberId());
    return locked.enrollment();
  }

  private LockedPlace lockOwn(String enrollmentId, Actor actor) {
    Enrollment e =
        queries
            .byId(enrollmentId)
            .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
    if (!e.memberId().equals(actor.memberId())) {
      throw new AccessDeniedException("This is someone else's place.");
    }
    return locks.lock(e);
  }
}
