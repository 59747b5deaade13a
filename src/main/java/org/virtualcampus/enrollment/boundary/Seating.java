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
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.enrollment.entity.WaitlistEvent;
import org.virtualcampus.enrollment.entity.WaitlistEventKind;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * What coordinators do with people's places: remove, promote, approve, move in the queue, and let
 * someone they removed ask again. Every move is recorded with who made it and why, under the lock
 * on the cohort row, and any seat it freed goes to the next person in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Seating {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CohortLocks locks;
  @Inject EnrollmentQueries queries;
  @Inject SeatAllocator allocator;
  @Inject SeatNotices notices;

  /**
   * A coordinator removes someone, with a reason; a seat they held goes to the next person. They
   * cannot ask for a seat again until a coordinator allows it.
   */
  public Enrollment remove(String enrollmentId, Actor actor, String reason) {
    requireReason(reason);
    LockedPlace locked = lockManaged(enrollmentId, actor);
    Instant now = clock.instant();
    boolean heldSeat = locked.enrollment().status().holdsSeat();
    Integer from = positionOrNull(locked.enrollment());
    locked.enrollment().remove(now);
    if (heldSeat) {
      locked.cohort().freeSeat();
    }
    em.persist(
        new WaitlistEvent(
                locked.enrollment(),
                WaitlistEventKind.REMOVED,
                actor.memberId(),
                reason.trim(),
                now)
            .positions(from, null));
    notices.removed(locked.cohort(), locked.enrollment().memberId(), reason.trim());
    allocator.fillFreeSeats(locked.cohort(), now, actor.memberId());
    return locked.enrollment();
  }

  /** A coordinator lets someone they removed ask for a seat again, with a reason. */
  public Enrollment allowToAskAgain(String enrollmentId, Actor actor, String reason) {
    requireReason(reason);
    LockedPlace locked = lockManaged(enrollmentId, actor);
    locked.enrollment().allowToAskAgain();
    em.persist(
        new WaitlistEvent(
            locked.enrollment(),
            WaitlistEventKind.ALLOWED_TO_ASK_AGAIN,
            actor.memberId(),
            reason.trim(),
            clock.instant()));
    return locked.enrollment();
  }

  /** A coordinator gives a waiting person a free seat now, ahead of the line, with a reason. */
  public Enrollment promote(String enrollmentId, Actor actor, String reason) {
    requireReason(reason);
    LockedPlace locked = lockManaged(enrollmentId, actor);
    Instant now = clock.instant();
    if (!locked.enrollment().status().isWaiting()) {
      throw new ConflictException(
          "Not waiting",
          "Only someone on the waitlist can be promoted; this place is "
              + locked.enrollment().status()
              + ".");
    }
    locked
        .cohort()
        .refusesSeating(now)
        .ifPresent(
            why -> {
              throw new ConflictException("No seats given now", why);
            });
    if (!locked.cohort().hasFreeSeat()) {
      throw new ConflictException(
          "Cohort full",
          "All "
              + locked.cohort().capacity()
              + " seats are offered or taken. Raise the capacity or wait for a seat to free.");
    }
    Integer from = positionOrNull(locked.enrollment());
    if (locked.enrollment().status() == EnrollmentStatus.INTERESTED) {
      locked.enrollment().approve();
    }
    allocator.give(
        locked.cohort(),
        locked.enrollment(),
        now,
        actor.memberId(),
        "Promoted by a coordinator: "
            + reason.trim()
            + (from != null ? " (was number " + from + " in line)" : ""));
    return locked.enrollment();
  }

  /** A coordinator approves an applicant; they then get a seat in queue order. */
  public Enrollment approve(String enrollmentId, Actor actor) {
    LockedPlace locked = lockManaged(enrollmentId, actor);
    Instant now = clock.instant();
    locked.enrollment().approve();
    em.persist(
        new WaitlistEvent(
            locked.enrollment(), WaitlistEventKind.APPROVED, actor.memberId(), null, now));
    allocator.fillFreeSeats(locked.cohort(), now, actor.memberId());
    return locked.enrollment();
  }

  /** A coordinator moves someone one place up or down the waitlist, with a reason. */
  public Enrollment move(String enrollmentId, Actor actor, boolean up, String reason) {
    requireReason(reason);
    LockedPlace locked = lockManaged(enrollmentId, actor);
    Instant now = clock.instant();
    Enrollment moving = locked.enrollment();
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
    allocator.fillFreeSeats(locked.cohort(), now, actor.memberId());
    return moving;
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

  private LockedPlace lockManaged(String enrollmentId, Actor actor) {
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators manage the waitlist.");
    }
    return locks.lock(
        queries
            .byId(enrollmentId)
            .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId)));
  }
}
