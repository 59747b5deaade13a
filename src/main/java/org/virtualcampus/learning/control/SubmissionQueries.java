package org.virtualcampus.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtualcampus.learning.entity.ReviewCategory;
import org.virtualcampus.learning.entity.Submission;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.paging.PagedQuery;

/** Reads homework submissions; callers hold the transaction. */
@ApplicationScoped
public class SubmissionQueries {
  private static final String OF_MEMBER =
      "select s from Submission s where s.homeworkId = :homework and s.cohortId = :cohort"
          + " and s.memberId = :member order by s.number desc";

  @PersistenceContext EntityManager em;

  /** Every version of a member's homework in a cohort, newest first. */
  public List<Submission> versions(String homeworkId, String cohortId, String memberId) {
    return ofMember(homeworkId, cohortId, memberId).getResultList();
  }

  /**
   * The newest version, locked: handing in, saving and starting a new version queue behind each
   * other (two tabs, a double click), and the table's unique version number catches a race for the
   * first draft.
   */
  public Optional<Submission> newestLocked(String homeworkId, String cohortId, String memberId) {
    // every version locked (a handful), not "first row for update": H2 refuses FOR UPDATE with
    // LIMIT
    return ofMember(homeworkId, cohortId, memberId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** A member's submissions in a cohort, every homework and version, for the module list. */
  public List<Submission> ofMemberInCohort(String cohortId, String memberId) {
    return em.createQuery(
            "select s from Submission s where s.cohortId = :cohort and s.memberId = :member"
                + " order by s.number desc",
            Submission.class)
        .setParameter("cohort", cohortId)
        .setParameter("member", memberId)
        .getResultList();
  }

  public Optional<Submission> find(String id) {
    return Optional.ofNullable(id == null ? null : em.find(Submission.class, id));
  }

  public Optional<Submission> findLocked(String id) {
    return Optional.ofNullable(
        id == null ? null : em.find(Submission.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** One pile of a cohort's queue, oldest hand-in first; {@code reviewerId} null: everyone's. */
  public Page<Submission> queue(
      String cohortId, String reviewerId, ReviewCategory category, PageRequest paging) {
    String where =
        " from Submission s where s.cohortId = :cohort and "
            + category.condition()
            + (reviewerId == null ? "" : " and s.reviewerId = :reviewer");
    TypedQuery<Long> count = em.createQuery("select count(s)" + where, Long.class);
    TypedQuery<Submission> items =
        em.createQuery("select s" + where + " order by s.submittedAt, s.id", Submission.class);
    for (TypedQuery<?> q : List.of(count, items)) {
      q.setParameter("cohort", cohortId);
      if (reviewerId != null) {
        q.setParameter("reviewer", reviewerId);
      }
    }
    return PagedQuery.of(count, items, paging);
  }

  /** How many submissions each pile holds, in one statement. */
  public Map<ReviewCategory, Long> counts(String cohortId, String reviewerId) {
    StringBuilder select = new StringBuilder("select ");
    ReviewCategory[] piles = ReviewCategory.values();
    for (int i = 0; i < piles.length; i++) {
      select
          .append(i == 0 ? "" : ", ")
          .append("sum(case when ")
          .append(piles[i].condition())
          .append(" then 1 else 0 end)");
    }
    select.append(" from Submission s where s.cohortId = :cohort");
    if (reviewerId != null) {
      select.append(" and s.reviewerId = :reviewer");
    }
    TypedQuery<Object[]> q = em.createQuery(select.toString(), Object[].class);
    q.setParameter("cohort", cohortId);
    if (reviewerId != null) {
      q.setParameter("reviewer", reviewerId);
    }
    Object[] row = q.getSingleResult();
    Map<ReviewCategory, Long> counts = new EnumMap<>(ReviewCategory.class);
    for (int i = 0; i < piles.length; i++) {
      counts.put(piles[i], row[i] == null ? 0L : ((Number) row[i]).longValue());
    }
    return counts;
  }

  /** Reviews waiting per reviewer in the cohort, to give a new hand-in to the least busy one. */
  public Map<String, Long> waitingByReviewer(String cohortId) {
    Map<String, Long> load = new HashMap<>();
    em.createQuery(
            "select s.reviewerId, count(s) from Submission s where s.cohortId = :cohort"
                + " and s.state = org.virtualcampus.learning.entity.SubmissionState.SUBMITTED"
                + " and s.reviewerId is not null group by s.reviewerId",
            Object[].class)
        .setParameter("cohort", cohortId)
        .getResultList()
        .forEach(r -> load.put((String) r[0], ((Number) r[1]).longValue()));
    return load;
  }

  /** The reviewed, unreleased submissions of a cohort (of one reviewer, or everyone's), locked. */
  public List<Submission> toRelease(String cohortId, String reviewerId) {
    TypedQuery<Submission> q =
        em.createQuery(
            "select s from Submission s where s.cohortId = :cohort and "
                + ReviewCategory.TO_RELEASE.condition()
                + (reviewerId == null ? "" : " and s.reviewerId = :reviewer")
                + " order by s.submittedAt, s.id",
            Submission.class);
    q.setParameter("cohort", cohortId);
    if (reviewerId != null) {
      q.setParameter("reviewer", reviewerId);
    }
    return q.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
  }

  /** Whether anyone has written anything for this homework: then it cannot be removed. */
  public boolean anyFor(String homeworkId) {
    return !em.createQuery("select s.id from Submission s where s.homeworkId = :h", String.class)
        .setParameter("h", homeworkId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private TypedQuery<Submission> ofMember(String homeworkId, String cohortId, String memberId) {
    return em.createQuery(OF_MEMBER, Submission.class)
        .setParameter("homework", homeworkId)
        .setParameter("cohort", cohortId)
        .setParameter("member", memberId);
  }
}
