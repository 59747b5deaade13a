package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.virtualcampus.enrollment.entity.CohortStatus;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;

/** Which cohorts need a coordinator now, in one query however many cohorts there are. */
@ApplicationScoped
public class AttentionQueries {
  private static final String WAITING =
      "(select count(w) from Enrollment w where w.cohortId = c.id and w.status in :waiting)";
  private static final String ENDING =
      "(select count(o) from Enrollment o where o.cohortId = c.id and o.status = :offered"
          + " and o.offerExpiresAt < :soon)";

  @PersistenceContext EntityManager em;

  /** Open or running cohorts with free seats and people waiting, or offers ending before soon. */
  public List<CohortAttention> needingAttention(Instant soon, int limit) {
    return em
        .createQuery(
            "select c.id, c.name, c.seats.capacity - c.seats.taken, "
                + WAITING
                + ", "
                + ENDING
                + " from Cohort c where c.status in :live and ((c.seats.taken < c.seats.capacity"
                + " and "
                + WAITING
                + " > 0) or "
                + ENDING
                + " > 0) order by c.name, c.id",
            Object[].class)
        .setParameter("waiting", EnrollmentStatus.WAITING)
        .setParameter("offered", EnrollmentStatus.OFFERED)
        .setParameter("soon", soon)
        .setParameter("live", List.of(CohortStatus.OPEN, CohortStatus.RUNNING))
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            r ->
                new CohortAttention(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue()))
        .toList();
  }
}
