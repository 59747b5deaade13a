package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.paging.PagedQuery;

/** One member's places across cohorts, as their pages and the catalogue show them. */
@ApplicationScoped
public class MemberPlaceQueries {

  @PersistenceContext EntityManager em;

  /** The member's places, newest request first. */
  public Page<PlaceRow> ofMember(String memberId, PageRequest paging) {
    return PagedQuery.of(
        em.createQuery("select count(e) from Enrollment e where e.memberId = :m", Long.class)
            .setParameter("m", memberId),
        em.createQuery(
                EnrollmentQueries.PLACES + " and e.memberId = :m order by e.requestedAt desc, e.id",
                PlaceRow.class)
            .setParameter("m", memberId),
        paging);
  }

  /** The member's current places (waiting or holding a seat), at most {@code limit}. */
  public List<PlaceRow> activeOf(String memberId, int limit) {
    return em.createQuery(
            EnrollmentQueries.PLACES
                + " and e.memberId = :m and e.status in :s order by e.requestedAt desc, e.id",
            PlaceRow.class)
        .setParameter("m", memberId)
        .setParameter(
            "s",
            java.util.EnumSet.of(
                EnrollmentStatus.INTERESTED,
                EnrollmentStatus.WAITLISTED,
                EnrollmentStatus.OFFERED,
                EnrollmentStatus.ENROLLED))
        .setMaxResults(limit)
        .getResultList();
  }

  /** The member's places in these cohorts, in one query (none for a visitor). */
  public List<PlaceRow> ofMemberIn(String memberId, Collection<String> cohortIds) {
    if (memberId == null || cohortIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            EnrollmentQueries.PLACES + " and e.memberId = :m and e.cohortId in :c", PlaceRow.class)
        .setParameter("m", memberId)
        .setParameter("c", cohortIds)
        .getResultList();
  }
}
