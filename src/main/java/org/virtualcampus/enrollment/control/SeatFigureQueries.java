package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** A cohort's seat figures for the coordinator, read consistently. */
@ApplicationScoped
public class SeatFigureQueries {

  @PersistenceContext EntityManager em;

  /**
   * Seats and queue of a cohort in one statement, so the figures agree with each other: separate
   * reads under read committed could count a seat before and its holder after a change committed.
   */
  public Optional<SeatFigures> seatFigures(String cohortId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.capacity, c.seats_taken,"
                    + " (SELECT COUNT(*) FROM enrollment e WHERE e.cohort_id = c.id"
                    + " AND e.status = 'ENROLLED'),"
                    + " (SELECT COUNT(*) FROM enrollment e WHERE e.cohort_id = c.id"
                    + " AND e.status = 'OFFERED'),"
                    + " (SELECT COUNT(*) FROM enrollment e WHERE e.cohort_id = c.id"
                    + " AND e.status IN ('INTERESTED', 'WAITLISTED')),"
                    + " (SELECT COUNT(*) FROM enrollment e WHERE e.cohort_id = c.id"
                    + " AND e.status = 'INTERESTED')"
                    + " FROM cohort c WHERE c.id = ?")
            .setParameter(1, cohortId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row -> {
              Object[] r = (Object[]) row;
              return new SeatFigures(
                  ((Number) r[0]).intValue(),
                  ((Number) r[1]).intValue(),
                  ((Number) r[2]).longValue(),
                  ((Number) r[3]).longValue(),
                  ((Number) r[4]).longValue(),
                  ((Number) r[5]).longValue());
            });
  }
}
