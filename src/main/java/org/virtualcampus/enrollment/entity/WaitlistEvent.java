package org.virtualcampus.enrollment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.virtualcampus.platform.persistence.Ids;

/**
 * One recorded change to a cohort's queue or seats: what, to whom, by whom (null: the system) and
 * why.
 */
@Entity
@Table(name = "waitlist_event")
public class WaitlistEvent {
  @Id
  @Column(length = 36)
  private String id;

  // Drawn from the write_order sequence by the database on insert; only queries order by it.
  @Column(name = "seq", insertable = false, updatable = false)
  private Long seq;

  @Column(name = "cohort_id")
  private String cohortId;

  // A relationship rather than a plain id so that EclipseLink inserts the enrollment first; lazy,
  // and the id read on its own, so that reading the history loads no enrollments.
  @jakarta.persistence.ManyToOne(optional = false, fetch = jakarta.persistence.FetchType.LAZY)
  @jakarta.persistence.JoinColumn(name = "enrollment_id")
  private Enrollment enrollment;

  @Column(name = "enrollment_id", insertable = false, updatable = false)
  private String enrollmentId;

  @Column(name = "member_id")
  private String memberId;

  @Column(name = "actor_id")
  private String actorId;

  @Enumerated(EnumType.STRING)
  private WaitlistEventKind kind;

  private String reason;

  @Column(name = "from_position")
  private Integer fromPosition;

  @Column(name = "to_position")
  private Integer toPosition;

  @Column(name = "waited_seconds")
  private Long waitedSeconds;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  protected WaitlistEvent() {}

  public WaitlistEvent(
      Enrollment enrollment, WaitlistEventKind kind, String actorId, String reason, Instant now) {
    this.id = Ids.newId();
    this.cohortId = enrollment.cohortId();
    this.enrollment = enrollment;
    this.enrollmentId = enrollment.id();
    this.memberId = enrollment.memberId();
    this.kind = kind;
    this.actorId = actorId;
    this.reason = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
    this.occurredAt = now;
  }

  public WaitlistEvent positions(Integer from, Integer to) {
    this.fromPosition = from;
    this.toPosition = to;
    return this;
  }

  public WaitlistEvent waited(Duration waited) {
    this.waitedSeconds = waited.toSeconds();
    return this;
  }

  public String id() {
    return id;
  }

  public String cohortId() {
    return cohortId;
  }

  public String enrollmentId() {
    return enrollmentId;
  }

  public String memberId() {
    return memberId;
  }

  public String actorId() {
    return actorId;
  }

  public WaitlistEventKind kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }

  public Integer fromPosition() {
    return fromPosition;
  }

  public Integer toPosition() {
    return toPosition;
  }

  public Long waitedSeconds() {
    return waitedSeconds;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
