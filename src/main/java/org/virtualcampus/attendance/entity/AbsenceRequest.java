package org.virtualcampus.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.persistence.Ids;

/**
 * An educator's request to be excused from a session. It is asked before the session starts (an
 * absence explained afterwards is a note on the roll call, not an excuse) and decided once.
 */
@Entity
@Table(name = "absence_request")
public class AbsenceRequest {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "session_id")
  private String sessionId;

  @Column(name = "member_id")
  private String memberId;

  private String reason;

  @Enumerated(EnumType.STRING)
  private AbsenceState state;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected AbsenceRequest() {}

  public AbsenceRequest(
      String sessionId, String memberId, String reason, Instant now, Instant sessionStart) {
    requireBefore(now, sessionStart);
    this.id = Ids.newId();
    this.sessionId = sessionId;
    this.memberId = memberId;
    this.reason = reason.strip();
    this.state = AbsenceState.PENDING;
    this.requestedAt = now;
  }

  /** A pending request's reason can still be changed before the session. */
  public void restate(String newReason, Instant now, Instant sessionStart) {
    requireBefore(now, sessionStart);
    requirePending();
    this.reason = newReason.strip();
    this.requestedAt = now;
  }

  /** Approving makes the member's record EXCUSED; the caller writes it. */
  public void approve(String by, Instant now) {
    decide(AbsenceState.APPROVED, by, now);
  }

  public void refuse(String by, Instant now) {
    decide(AbsenceState.REFUSED, by, now);
  }

  private void decide(AbsenceState decision, String by, Instant now) {
    requirePending();
    this.state = decision;
    this.decidedBy = by;
    this.decidedAt = now;
  }

  private void requirePending() {
    if (state != AbsenceState.PENDING) {
      throw new ConflictException(
          "Already decided", "This request was already " + state.name().toLowerCase() + ".");
    }
  }

  private static void requireBefore(Instant now, Instant sessionStart) {
    if (!now.isBefore(sessionStart)) {
      throw new ConflictException(
          "Session started",
          "Excuses are asked before the session starts; tell your facilitator instead.");
    }
  }

  public String id() {
    return id;
  }

  public String sessionId() {
    return sessionId;
  }

  public String memberId() {
    return memberId;
  }

  public String reason() {
    return reason;
  }

  public AbsenceState state() {
    return state;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
