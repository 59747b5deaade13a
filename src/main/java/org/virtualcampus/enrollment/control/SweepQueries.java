package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.virtualcampus.enrollment.entity.CohortStatus;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;

/** What the sweeper has to do: ids only, a batch at a time, never in a cohort that is over. */
@ApplicationScoped
public class SweepQueries {
  private static final Set<CohortStatus> LIVE =
      EnumSet.of(CohortStatus.DRAFT, CohortStatus.OPEN, CohortStatus.RUNNING);

  @PersistenceContext EntityManager em;

  /**
   * Offers whose deadline has passed, oldest first, for the sweeper; none in cohorts that were
   * cancelled or have finished.
   */
  public List<String> expiredOffers(Instant now, int limit) {
    return em.createQuery(
            "select e.id from Enrollment e, Cohort c where c.id = e.cohortId and c.status in :live"
                + " and e.status = :s and e.offerExpiresAt <= :now order by e.offerExpiresAt",
            String.class)
        .setParameter("live", LIVE)
        .setParameter("s", EnrollmentStatus.OFFERED)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Open offers that end before {@code before} and whose holder has not been reminded yet. */
  public List<String> offersToRemind(Instant now, Instant before, int limit) {
    return em.createQuery(
            "select e.id from Enrollment e, Cohort c where c.id = e.cohortId and c.status in :live"
                + " and e.status = :s and e.expiryWarned = false"
                + " and e.offerExpiresAt > :now and e.offerExpiresAt <= :before order by e.offerExpiresAt",
            String.class)
        .setParameter("live", LIVE)
        .setParameter("s", EnrollmentStatus.OFFERED)
        .setParameter("now", now)
        .setParameter("before", before)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * OPEN cohorts whose requests have opened, with a free seat and someone still waiting who said
   * they were interested before that: the sweeper seats them in order of their answers.
   */
  public List<String> cohortsWithEarlyInterestToSeat(Instant now, int limit) {
    return em.createQuery(
            "select c.id from Cohort c where c.status = :open and c.interestOpensAt <= :now"
                + " and c.seats.taken < c.seats.capacity and exists (select e.id from Enrollment e"
                + " where e.cohortId = c.id and e.status = :waiting"
                + " and e.requestedAt < c.interestOpensAt)",
            String.class)
        .setParameter("open", CohortStatus.OPEN)
        .setParameter("now", now)
        .setParameter("waiting", EnrollmentStatus.WAITLISTED)
        .setMaxResults(limit)
        .getResultList();
  }
}
