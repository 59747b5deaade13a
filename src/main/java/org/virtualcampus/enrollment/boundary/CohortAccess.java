package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.virtualcampus.enrollment.entity.CohortStatus;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Cohort access, published for every feature: is this member enrolled in, facilitating or
 * coordinating this cohort, and the cohort's facts. The one place that answers "may this actor see
 * or act on this cohort"; pass the actor from {@code identity.boundary.CurrentActor}, whose roles
 * are current. A missing cohort is 404 before any access question (403).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CohortAccess {

  /*
   * One statement for facts and standing. SQL on the tables the migrations own rather than JPQL,
   * so the answer does not depend on how the entities map their references (issue 6 turns them
   * into ids).
   */
  private static final String STANDING =
      "select c.id, c.course_id, c.name, c.starts_on, c.ends_on, c.time_zone, c.status,"
          + " (select count(*) from cohort_facilitator f"
          + "   where f.cohort_id = c.id and f.member_id = ?2),"
          + " (select count(*) from enrollment e"
          + "   where e.cohort_id = c.id and e.member_id = ?2 and e.status in (?3, ?4))"
          + " from cohort c where c.id = ?1";

  @PersistenceContext EntityManager em;

  /** The cohort's facts; 404 when there is no such cohort. */
  public CohortFacts facts(String cohortId) {
    return standing(cohortId, null, false).cohort();
  }

  /**
   * Where the actor stands in the cohort; 404 when there is no such cohort, and for a DRAFT cohort
   * unless the actor manages cohorts (coordinators and admins): a draft is not there yet for its
   * facilitators or anyone else.
   */
  public CohortStanding standing(String cohortId, Actor actor) {
    CohortStanding standing = standing(cohortId, actor.memberId(), actor.managesCohorts());
    if (!visible(standing.cohort().status(), actor)) {
      throw new NotFoundException("Cohort", cohortId);
    }
    return standing;
  }

  /** DRAFT cohorts are seen by coordinators and admins only. */
  public static boolean visible(CohortStatus status, Actor actor) {
    return status != CohortStatus.DRAFT || actor.managesCohorts();
  }

  /** The cohort's coordinators and facilitators read its roster, waitlist, history and figures. */
  public CohortStanding requireRosterReader(String cohortId, Actor actor) {
    CohortStanding standing = standing(cohortId, actor);
    if (!standing.readsRoster()) {
      throw new AccessDeniedException("You are not a facilitator of this cohort.");
    }
    return standing;
  }

  /** Members enrolled in the cohort, its facilitators and coordinators; others get 403. */
  public CohortStanding requireParticipant(String cohortId, Actor actor) {
    CohortStanding standing = standing(cohortId, actor);
    if (!standing.takesPart()) {
      throw new AccessDeniedException("You take no part in this cohort.");
    }
    return standing;
  }

  /**
   * Whether the member is enrolled in (or has completed) or facilitates a cohort of the course that
   * is not a draft: what they may see of the course's material.
   */
  public boolean takesPartInCourse(String courseId, String memberId) {
    Number found =
        (Number)
            em.createNativeQuery(
                    "select count(*) from cohort c where c.course_id = ?1 and c.status <> ?4 and ("
                        + " exists (select 1 from enrollment e where e.cohort_id = c.id"
                        + "   and e.member_id = ?2 and e.status in (?3, ?5))"
                        + " or exists (select 1 from cohort_facilitator f where f.cohort_id = c.id"
                        + "   and f.member_id = ?2))")
                .setParameter(1, courseId)
                .setParameter(2, memberId)
                .setParameter(3, EnrollmentStatus.ENROLLED.name())
                .setParameter(4, CohortStatus.DRAFT.name())
                .setParameter(5, EnrollmentStatus.COMPLETED.name())
                .getSingleResult();
    return found.longValue() > 0;
  }

  /**
   * The cohorts a member takes part in (holds a place in, or facilitates) that are not drafts, by
   * id: whose sessions and material they see.
   */
  public List<String> cohortsOf(String memberId) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        em.createNativeQuery(
                "select c.id from cohort c where c.status <> ?2 and ("
                    + " exists (select 1 from enrollment e where e.cohort_id = c.id"
                    + "   and e.member_id = ?1 and e.status in (?3, ?4))"
                    + " or exists (select 1 from cohort_facilitator f where f.cohort_id = c.id"
                    + "   and f.member_id = ?1)) order by c.id")
            .setParameter(1, memberId)
            .setParameter(2, CohortStatus.DRAFT.name())
            .setParameter(3, EnrollmentStatus.ENROLLED.name())
            .setParameter(4, EnrollmentStatus.COMPLETED.name())
            .getResultList();
    return List.copyOf(ids);
  }

  /** The members holding a place in the cohort (enrolled, or completed it), by id. */
  public List<String> participantIds(String cohortId) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        em.createNativeQuery(
                "select member_id from enrollment where cohort_id = ?1 and status in (?2, ?3)"
                    + " order by member_id")
            .setParameter(1, cohortId)
            .setParameter(2, EnrollmentStatus.ENROLLED.name())
            .setParameter(3, EnrollmentStatus.COMPLETED.name())
            .getResultList();
    return List.copyOf(ids);
  }

  /** The cohort's facilitators (member ids), in a stable order; reviews and sessions go to them. */
  public List<String> facilitatorIds(String cohortId) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        em.createNativeQuery(
                "select member_id from cohort_facilitator where cohort_id = ?1 order by member_id")
            .setParameter(1, cohortId)
            .getResultList();
    return List.copyOf(ids);
  }

  private CohortStanding standing(String cohortId, String memberId, boolean coordinating) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        cohortId == null
            ? List.of()
            : em.createNativeQuery(STANDING)
                .setParameter(1, cohortId)
                .setParameter(2, memberId == null ? "" : memberId)
                .setParameter(3, EnrollmentStatus.ENROLLED.name())
                .setParameter(4, EnrollmentStatus.COMPLETED.name())
                .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("Cohort", cohortId);
    }
    Object[] row = rows.get(0);
    var facts =
        new CohortFacts(
            (String) row[0],
            (String) row[1],
            (String) row[2],
            date(row[3]),
            date(row[4]),
            ZoneId.of((String) row[5]),
            CohortStatus.valueOf((String) row[6]));
    return new CohortStanding(facts, count(row[8]) > 0, count(row[7]) > 0, coordinating);
  }

  private static LocalDate date(Object value) {
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }
}
