package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.enrollment.entity.WaitlistEvent;
import org.virtualcampus.enrollment.entity.WaitlistEventKind;
import org.virtualcampus.identity.entity.Profession;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.paging.PagedQuery;

/** Reads enrollments, queue positions and waitlist history; counts are computed by the database. */
@ApplicationScoped
public class EnrollmentQueries {
  @PersistenceContext EntityManager em;

  public Optional<Enrollment> byId(String id) {
    return Optional.ofNullable(id == null ? null : em.find(Enrollment.class, id));
  }

  public Optional<Enrollment> of(String cohortId, String memberId) {
    return em.createQuery(
            "select e from Enrollment e where e.cohortId = :c and e.member.id = :m",
            Enrollment.class)
        .setParameter("c", cohortId)
        .setParameter("m", memberId)
        .getResultStream()
        .findFirst();
  }

  /** Everyone waiting, first in line first. */
  public List<Enrollment> queue(String cohortId) {
    return em.createQuery(
            "select e from Enrollment e where e.cohortId = :c and e.status in :waiting"
                + " order by e.queueTicket",
            Enrollment.class)
        .setParameter("c", cohortId)
        .setParameter("waiting", EnrollmentStatus.WAITING)
        .getResultList();
  }

  public Page<Enrollment> queuePage(String cohortId, PageRequest paging) {
    List<Enrollment> items =
        em.createQuery(
                "select e from Enrollment e where e.cohortId = :c and e.status in :waiting"
                    + " order by e.queueTicket",
                Enrollment.class)
            .setParameter("c", cohortId)
            .setParameter("waiting", EnrollmentStatus.WAITING)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size())
            .getResultList();
    return new Page<>(items, paging.page(), paging.size(), waitingCount(cohortId));
  }

  public long waitingCount(String cohortId) {
    return countIn(cohortId, EnrollmentStatus.WAITING);
  }

  /** People waiting per cohort, in one query, for lists of cohorts. */
  public Map<String, Long> waitingCounts(Collection<String> cohortIds) {
    Map<String, Long> counts = new java.util.HashMap<>();
    if (cohortIds.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "select e.cohortId, count(e) from Enrollment e where e.cohortId in :ids"
                + " and e.status in :waiting group by e.cohortId",
            Object[].class)
        .setParameter("ids", cohortIds)
        .setParameter("waiting", EnrollmentStatus.WAITING)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  public long countIn(String cohortId, Collection<EnrollmentStatus> statuses) {
    return em.createQuery(
            "select count(e) from Enrollment e where e.cohortId = :c and e.status in :s",
            Long.class)
        .setParameter("c", cohortId)
        .setParameter("s", statuses)
        .getSingleResult();
  }

  /** 1 for the first person waiting; gap-free because it counts the people ahead. */
  public int position(Enrollment enrollment) {
    if (!enrollment.status().isWaiting()) {
      return 0;
    }
    return em.createQuery(
            "select count(e) from Enrollment e where e.cohortId = :c and e.status in :waiting"
                + " and e.queueTicket <= :t",
            Long.class)
        .setParameter("c", enrollment.cohortId())
        .setParameter("waiting", EnrollmentStatus.WAITING)
        .setParameter("t", enrollment.queueTicket())
        .getSingleResult()
        .intValue();
  }

  /** The waiting person directly ahead of (up) or behind (down) the given ticket. */
  public Optional<Enrollment> neighbour(String cohortId, long ticket, boolean ahead) {
    String jpql =
        "select e from Enrollment e where e.cohortId = :c and e.status in :waiting and e.queueTicket "
            + (ahead ? "< :t order by e.queueTicket desc" : "> :t order by e.queueTicket asc");
    return em.createQuery(jpql, Enrollment.class)
        .setParameter("c", cohortId)
        .setParameter("waiting", EnrollmentStatus.WAITING)
        .setParameter("t", ticket)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Map<Profession, Integer> seatsByProfession(String cohortId) {
    Map<Profession, Integer> seats = new EnumMap<>(Profession.class);
    em.createQuery(
            "select e.member.profession, count(e) from Enrollment e where e.cohortId = :c"
                + " and e.status in :holding group by e.member.profession",
            Object[].class)
        .setParameter("c", cohortId)
        .setParameter("holding", EnrollmentStatus.HOLDING_SEAT)
        .getResultList()
        .forEach(row -> seats.put((Profession) row[0], ((Number) row[1]).intValue()));
    return seats;
  }

  public Page<Enrollment> ofMember(String memberId, PageRequest paging) {
    return PagedQuery.of(
        em.createQuery("select count(e) from Enrollment e where e.member.id = :m", Long.class)
            .setParameter("m", memberId),
        em.createQuery(
                "select e from Enrollment e where e.member.id = :m"
                    + " order by e.requestedAt desc, e.id",
                Enrollment.class)
            .setParameter("m", memberId),
        paging);
  }

  public Page<Enrollment> roster(
      String cohortId, Collection<EnrollmentStatus> statuses, PageRequest paging) {
    return PagedQuery.of(
        em.createQuery(
                "select count(e) from Enrollment e where e.cohortId = :c and e.status in :s",
                Long.class)
            .setParameter("c", cohortId)
            .setParameter("s", statuses),
        em.createQuery(
                "select e from Enrollment e where e.cohortId = :c and e.status in :s"
                    + " order by e.member.displayName, e.id",
                Enrollment.class)
            .setParameter("c", cohortId)
            .setParameter("s", statuses),
        paging);
  }

  public Page<WaitlistEvent> history(String cohortId, PageRequest paging) {
    return PagedQuery.of(
        em.createQuery("select count(w) from WaitlistEvent w where w.cohortId = :c", Long.class)
            .setParameter("c", cohortId),
        em.createQuery(
                "select w from WaitlistEvent w where w.cohortId = :c order by w.seq desc",
                WaitlistEvent.class)
            .setParameter("c", cohortId),
        paging);
  }

  /** How many were promoted from the waitlist and how long they waited on average, in seconds. */
  public PromotionStats promotions(String cohortId) {
    Object[] row =
        em.createQuery(
                "select count(w), avg(w.waitedSeconds), max(w.waitedSeconds) from WaitlistEvent w"
                    + " where w.cohortId = :c and w.kind = :k and w.waitedSeconds is not null",
                Object[].class)
            .setParameter("c", cohortId)
            .setParameter("k", WaitlistEventKind.PROMOTED)
            .getSingleResult();
    long count = ((Number) row[0]).longValue();
    return new PromotionStats(
        count,
        row[1] == null ? 0 : ((Number) row[1]).longValue(),
        row[2] == null ? 0 : ((Number) row[2]).longValue());
  }

  public record PromotionStats(long promoted, long averageWaitSeconds, long longestWaitSeconds) {}

  /** Offers whose deadline has passed, oldest first, for the sweeper. */
  public List<String> expiredOffers(Instant now, int limit) {
    return em.createQuery(
            "select e.id from Enrollment e where e.status = :s and e.offerExpiresAt <= :now"
                + " order by e.offerExpiresAt",
            String.class)
        .setParameter("s", EnrollmentStatus.OFFERED)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Open offers that end before {@code before} and whose holder has not been reminded yet. */
  public List<String> offersToRemind(Instant now, Instant before, int limit) {
    return em.createQuery(
            "select e.id from Enrollment e where e.status = :s and e.expiryWarned = false"
                + " and e.offerExpiresAt > :now and e.offerExpiresAt <= :before order by e.offerExpiresAt",
            String.class)
        .setParameter("s", EnrollmentStatus.OFFERED)
        .setParameter("now", now)
        .setParameter("before", before)
        .setMaxResults(limit)
        .getResultList();
  }
}
