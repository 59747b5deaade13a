package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  /** Places with their member and cohort, joined by id; callers add conditions with "and". */
  static final String PLACES =
      "select new org.virtualcampus.enrollment.control.PlaceRow(e.id, e.cohortId, c.name,"
          + " k.title, e.memberId, m.displayName, m.profession, e.status, e.source,"
          + " e.requestedAt, e.offerExpiresAt, e.enrolledAt)"
          + " from Enrollment e, Member m, Cohort c, Course k"
          + " where m.id = e.memberId and c.id = e.cohortId and k.id = c.courseId";

  @PersistenceContext EntityManager em;

  public Optional<Enrollment> byId(String id) {
    return Optional.ofNullable(id == null ? null : em.find(Enrollment.class, id));
  }

  public Optional<Enrollment> of(String cohortId, String memberId) {
    return em.createQuery(
            "select e from Enrollment e where e.cohortId = :c and e.memberId = :m",
            Enrollment.class)
        .setParameter("c", cohortId)
        .setParameter("m", memberId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The first {@code limit} people waiting behind {@code afterTicket} (null: from the front), first
   * in line first: only the head of the queue that the seat allocator needs.
   */
  public List<QueuedPlace> queueHead(String cohortId, Long afterTicket, int limit) {
    return em.createQuery(
            "select new org.virtualcampus.enrollment.control.QueuedPlace(e.id, e.queueTicket,"
                + " e.status, m.profession) from Enrollment e, Member m where m.id = e.memberId"
                + " and e.cohortId = :c and e.status in :waiting and e.queueTicket > :after"
                + " order by e.queueTicket",
            QueuedPlace.class)
        .setParameter("c", cohortId)
        .setParameter("waiting", EnrollmentStatus.WAITING)
        .setParameter("after", afterTicket == null ? Long.MIN_VALUE : afterTicket)
        .setMaxResults(limit)
        .getResultList();
  }

  /** A page of the queue, first in line first. */
  public Page<PlaceRow> queuePage(String cohortId, PageRequest paging) {
    List<PlaceRow> items =
        em.createQuery(
                PLACES + " and e.cohortId = :c and e.status in :waiting order by e.queueTicket",
                PlaceRow.class)
            .setParameter("c", cohortId)
            .setParameter("waiting", EnrollmentStatus.WAITING)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size())
            .getResultList();
    return new Page<>(items, paging.page(), paging.size(), waitingCount(cohortId));
  }

  /**
   * The people in the queue that match {@code filter}, in queue order; the caller finds their
   * positions in the whole queue with {@link #positions}.
   */
  public Page<PlaceRow> queuePage(String cohortId, WaitlistFilter filter, PageRequest paging) {
    if (filter.isEmpty()) {
      return queuePage(cohortId, paging);
    }
    String pattern = org.virtualcampus.platform.persistence.Like.containsLowerCase(filter.name());
    String where =
        " and e.cohortId = :c and e.status in :waiting"
            + (pattern == null ? "" : " and lower(m.displayName) like :q escape '!'")
            + (filter.profession() == null ? "" : " and m.profession = :p");
    var count =
        em.createQuery(
            "select count(e) from Enrollment e, Member m where m.id = e.memberId" + where,
            Long.class);
    var items = em.createQuery(PLACES + where + " order by e.queueTicket", PlaceRow.class);
    for (var query : List.of(count, items)) {
      query.setParameter("c", cohortId).setParameter("waiting", EnrollmentStatus.WAITING);
      if (pattern != null) {
        query.setParameter("q", pattern);
      }
      if (filter.profession() != null) {
        query.setParameter("p", filter.profession());
      }
    }
    return PagedQuery.of(count, items, paging);
  }

  /** One place as lists show it. */
  public Optional<PlaceRow> place(String enrollmentId) {
    return em.createQuery(PLACES + " and e.id = :id", PlaceRow.class)
        .setParameter("id", enrollmentId)
        .getResultStream()
        .findFirst();
  }

  /** Queue positions of the waiting places among {@code enrollmentIds}, in one query. */
  public Map<String, Integer> positions(Collection<String> enrollmentIds) {
    Map<String, Integer> positions = new java.util.HashMap<>();
    if (enrollmentIds.isEmpty()) {
      return positions;
    }
    em.createQuery(
            "select e.id, count(q) from Enrollment e, Enrollment q where e.id in :ids"
                + " and e.status in :waiting and q.cohortId = e.cohortId and q.status in :waiting"
                + " and q.queueTicket <= e.queueTicket group by e.id",
            Object[].class)
        .setParameter("ids", enrollmentIds)
        .setParameter("waiting", EnrollmentStatus.WAITING)
        .getResultList()
        .forEach(row -> positions.put((String) row[0], ((Number) row[1]).intValue()));
    return positions;
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
            "select m.profession, count(e) from Enrollment e, Member m where m.id = e.memberId"
                + " and e.cohortId = :c and e.status in :holding group by m.profession",
            Object[].class)
        .setParameter("c", cohortId)
        .setParameter("holding", EnrollmentStatus.HOLDING_SEAT)
        .getResultList()
        .forEach(row -> seats.put((Profession) row[0], ((Number) row[1]).intValue()));
    return seats;
  }

  public Page<PlaceRow> roster(
      String cohortId, Collection<EnrollmentStatus> statuses, PageRequest paging) {
    return PagedQuery.of(
        em.createQuery(
                "select count(e) from Enrollment e where e.cohortId = :c and e.status in :s",
                Long.class)
            .setParameter("c", cohortId)
            .setParameter("s", statuses),
        em.createQuery(
                PLACES + " and e.cohortId = :c and e.status in :s order by m.displayName, e.id",
                PlaceRow.class)
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

  /** Who holds a place (waiting, offered or enrolled) in a cohort, and which, for telling them. */
  public List<MemberPlace> activePlaces(String cohortId) {
    return em.createQuery(
            "select new org.virtualcampus.enrollment.control.MemberPlace("
                + "e.memberId, e.status) from Enrollment e where e.cohortId = :c"
                + " and e.status in :active order by e.id",
            MemberPlace.class)
        .setParameter("c", cohortId)
        .setParameter("active", ACTIVE)
        .getResultList();
  }

  private static final Set<EnrollmentStatus> ACTIVE =
      EnumSet.copyOf(
          java.util.stream.Stream.concat(
                  EnrollmentStatus.WAITING.stream(), EnrollmentStatus.HOLDING_SEAT.stream())
              .toList());
}
