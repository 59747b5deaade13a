package org.virtualcampus.session.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.virtualcampus.session.entity.CalendarFeed;
import org.virtualcampus.session.entity.LiveSession;

/** Reads sessions and calendar feeds; callers hold the transaction. */
@ApplicationScoped
public class SessionQueries {
  @PersistenceContext EntityManager em;

  public List<LiveSession> ofCohort(String cohortId) {
    return em.createQuery(
            "select s from LiveSession s where s.cohortId = :cohort order by s.startsAt, s.id",
            LiveSession.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  /** Sessions of these cohorts that end after {@code from}, soonest first, at most {@code max}. */
  public List<LiveSession> ofCohortsFrom(Collection<String> cohortIds, Instant from, int max) {
    if (cohortIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s from LiveSession s where s.cohortId in :cohorts and s.startsAt >= :from"
                + " order by s.startsAt, s.id",
            LiveSession.class)
        .setParameter("cohorts", new ArrayList<>(cohortIds))
        .setParameter("from", from)
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<LiveSession> find(String id) {
    return Optional.ofNullable(id == null ? null : em.find(LiveSession.class, id));
  }

  public Optional<LiveSession> locked(String id) {
    return Optional.ofNullable(
        id == null ? null : em.find(LiveSession.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The sessions of a series, locked together for a change of all of them. */
  public List<LiveSession> seriesLocked(String seriesId) {
    return em.createQuery(
            "select s from LiveSession s where s.seriesId = :series order by s.startsAt, s.id",
            LiveSession.class)
        .setParameter("series", seriesId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public Optional<CalendarFeed> feedByToken(String token) {
    return em.createQuery(
            "select f from CalendarFeed f where f.tokenHash = :hash", CalendarFeed.class)
        .setParameter("hash", CalendarFeed.hash(token))
        .getResultStream()
        .findFirst();
  }

  public Optional<CalendarFeed> feedOf(String memberId) {
    return Optional.ofNullable(em.find(CalendarFeed.class, memberId));
  }
}
