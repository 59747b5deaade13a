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
import org.virtualcampus.enrollment.control.CohortLocks.LockedPlace;
import org.virtualcampus.enrollment.control.EnrollmentQueries;
import org.virtualcampus.enrollment.control.SeatAllocator;
import org.virtualcampus.enrollment.control.SeatNotices;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.enrollment.entity.WaitlistEvent;
import org.virtualcampus.enrollment.entity.WaitlistEventKind;

/**
 * What the sweeper does, one offer or cohort per transaction: expire offers whose deadline passed,
 * remind holders before their offer ends, and seat the interest collected before requests opened.
 * Each re-checks under the cohort lock, so it is safe to run on every instance at once, and does
 * nothing in a cohort that was cancelled or has finished.
 */
@ApplicationScoped
@Transactional
public class OfferExpiries {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CohortLocks locks;
  @Inject EnrollmentQueries queries;
  @Inject SeatAllocator allocator;
  @Inject SeatNotices notices;

  /** Ends an offer whose deadline passed and passes the seat on. */
  public boolean expireOffer(String enrollmentId) {
    LockedPlace locked = lock(enrollmentId);
    if (locked == null) {
      return false;
    }
    Enrollment e = locked.enrollment();
    Cohort cohort = locked.cohort();
    Instant now = clock.instant();
    if (cohort.isOver() || !e.isOfferExpired(now)) {
      return false; // accepted, declined or already expired by another instance meanwhile
    }
    e.expire(now);
    cohort.freeSeat();
    em.persist(
        new WaitlistEvent(
            e, WaitlistEventKind.OFFER_EXPIRED, null, "Not accepted by the deadline.", now));
    notices.offerExpired(cohort, e.memberId());
    allocator.fillFreeSeats(cohort, now, null);
    return true;
  }

  /** Reminds the holder of an offer that ends within {@code window}, once. */
  public boolean remindOfExpiringOffer(String enrollmentId, Duration window) {
    LockedPlace locked = lock(enrollmentId);
    if (locked == null) {
      return false;
    }
    Enrollment e = locked.enrollment();
    Instant now = clock.instant();
    if (locked.cohort().isOver()
        || e.status() != EnrollmentStatus.OFFERED
        || e.isOfferExpired(now)
        || e.offerExpiresAt().isAfter(now.plus(window))
        || !e.markExpiryWarned()) {
      return false;
    }
    notices.offerExpiresSoon(locked.cohort(), e.memberId(), e.offerExpiresAt());
    return true;
  }

  /**
   * Gives the free seats of a cohort whose requests have opened to the people who said they were
   * interested before, in order of their answers. Returns how many got a seat.
   */
  public int seatEarlyInterest(String cohortId) {
    Cohort cohort = locks.lock(cohortId);
    return allocator.fillFreeSeats(cohort, clock.instant(), null).size();
  }

  private LockedPlace lock(String enrollmentId) {
    return queries.byId(enrollmentId).map(locks::lock).orElse(null);
  }
}
