package org.virtualcampus.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.virtualcampus.attendance.entity.AbsenceRequest;
import org.virtualcampus.attendance.entity.AttendanceChange;
import org.virtualcampus.attendance.entity.AttendancePolicy;
import org.virtualcampus.attendance.entity.AttendanceRecord;
import org.virtualcampus.attendance.entity.AttendanceStatus;
import org.virtualcampus.attendance.entity.CheckInCode;
import org.virtualcampus.attendance.entity.RecordSource;

/**
 * The attendance register of sessions: reads records, requests, codes and policies, and writes
 * every record change together with its history row. Callers hold the transaction.
 */
@ApplicationScoped
public class Register {
  @PersistenceContext EntityManager em;

  /** Sets one member's record, creating it if needed; true when anything changed. */
  public boolean record(
      String sessionId,
      String memberId,
      AttendanceStatus status,
      String note,
      RecordSource source,
      String by,
      Instant now) {
    AttendanceRecord record =
        em.find(
            AttendanceRecord.class,
            new AttendanceRecord.Key(sessionId, memberId),
            LockModeType.PESSIMISTIC_WRITE);
    boolean fresh = record == null;
    if (fresh) {
      record = new AttendanceRecord(sessionId, memberId);
    }
    Optional<AttendanceChange> change = record.set(status, note, source, by, now);
    if (fresh) {
      em.persist(record);
    }
    change.ifPresent(em::persist);
    return change.isPresent();
  }

  /** Creates a member's first record; the key refuses a second one made at the same moment. */
  public void first(
      String sessionId,
      String memberId,
      AttendanceStatus status,
      RecordSource source,
      String by,
      Instant now) {
    AttendanceRecord record = new AttendanceRecord(sessionId, memberId);
    AttendanceChange change = record.set(status, null, source, by, now).orElseThrow();
    em.persist(record);
    em.persist(change);
  }

  public void keep(Object made) {
    em.persist(made);
  }

  public Optional<AttendanceRecord> find(String sessionId, String memberId) {
    return Optional.ofNullable(
        em.find(AttendanceRecord.class, new AttendanceRecord.Key(sessionId, memberId)));
  }

  public Map<String, AttendanceRecord> ofSession(String sessionId) {
    return em.createQuery(
            "select r from AttendanceRecord r where r.sessionId = :session", AttendanceRecord.class)
        .setParameter("session", sessionId)
        .getResultStream()
        .collect(Collectors.toMap(AttendanceRecord::memberId, Function.identity()));
  }

  /** A member's records in these sessions, by session id. */
  public Map<String, AttendanceRecord> ofMember(String memberId, List<String> sessionIds) {
    if (sessionIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select r from AttendanceRecord r where r.memberId = :member"
                + " and r.sessionId in :sessions",
            AttendanceRecord.class)
        .setParameter("member", memberId)
        .setParameter("sessions", sessionIds)
        .getResultStream()
        .collect(Collectors.toMap(AttendanceRecord::sessionId, Function.identity()));
  }

  public List<AttendanceChange> history(String sessionId, String memberId) {
    return em.createQuery(
            "select c from AttendanceChange c where c.sessionId = :session"
                + " and c.memberId = :member order by c.revision desc",
            AttendanceChange.class)
        .setParameter("session", sessionId)
        .setParameter("member", memberId)
        .getResultList();
  }

  public Optional<CheckInCode> activeCode(String sessionId) {
    return em.createQuery(
            "select c from CheckInCode c where c.sessionId = :session and c.active = true",
            CheckInCode.class)
        .setParameter("session", sessionId)
        .getResultStream()
        .findFirst();
  }

  public Optional<CheckInCode> code(String code) {
    return Optional.ofNullable(em.find(CheckInCode.class, code));
  }

  public boolean codeTaken(String code) {
    return em.find(CheckInCode.class, code) != null;
  }

  public AttendancePolicy policy(String courseId) {
    return Optional.ofNullable(em.find(AttendancePolicy.class, courseId))
        .orElseGet(() -> AttendancePolicy.defaults(courseId));
  }

  public Optional<AttendancePolicy> storedPolicy(String courseId) {
    return Optional.ofNullable(em.find(AttendancePolicy.class, courseId));
  }

  public Optional<AbsenceRequest> request(String id) {
    return Optional.ofNullable(em.find(AbsenceRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<AbsenceRequest> requestOf(String sessionId, String memberId) {
    return em.createQuery(
            "select a from AbsenceRequest a where a.sessionId = :session"
                + " and a.memberId = :member",
            AbsenceRequest.class)
        .setParameter("session", sessionId)
        .setParameter("member", memberId)
        .getResultStream()
        .findFirst();
  }

  public List<AbsenceRequest> requestsOfSession(String sessionId) {
    return em.createQuery(
            "select a from AbsenceRequest a where a.sessionId = :session order by a.requestedAt",
            AbsenceRequest.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  public List<AbsenceRequest> requestsOfMember(String memberId, List<String> sessionIds) {
    if (sessionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from AbsenceRequest a where a.memberId = :member"
                + " and a.sessionId in :sessions",
            AbsenceRequest.class)
        .setParameter("member", memberId)
        .setParameter("sessions", sessionIds)
        .getResultList();
  }
}
