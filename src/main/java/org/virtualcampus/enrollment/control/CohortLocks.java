package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Takes the row lock on a cohort (SELECT ... FOR UPDATE) for the rest of the transaction. Every
 * change to seats or queue order goes through it first, so concurrent requests, on any number of
 * instances, queue at the database one after another instead of racing.
 */
@ApplicationScoped
public class CohortLocks {
  @PersistenceContext EntityManager em;
  @Inject CatalogueSnapshots catalogue;

  /** A place with its cohort locked; the place was read again under the lock. */
  public record LockedPlace(Cohort cohort, Enrollment enrollment) {}

  public Cohort lock(String cohortId) {
    em.flush(); // a cohort created earlier in this transaction must be in the database to be locked
    Cohort cohort =
        cohortId == null ? null : em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
    if (cohort == null) {
      throw new NotFoundException("Cohort", cohortId);
    }
    catalogue.cohortChanging();
    return cohort;
  }

  /** Locks the cohort of {@code place} and reads the place again, as the lock holder sees it. */
  public LockedPlace lock(Enrollment place) {
    Cohort cohort = lock(place.cohortId());
    em.refresh(place);
    return new LockedPlace(cohort, place);
  }
}
