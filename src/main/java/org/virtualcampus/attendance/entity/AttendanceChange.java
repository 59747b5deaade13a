package org.virtualcampus.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.virtualcampus.platform.persistence.Ids;

/** One change of an attendance record: what it became, what it was before, who and when. */
@Entity
@Table(name = "attendance_change")
public class AttendanceChange {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "session_id")
  private String sessionId;

  @Column(name = "member_id")
  private String memberId;

  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "previous_status")
  private AttendanceStatus previousStatus;

  @Column(name = "previous_note")
  private String previousNote;

  @Enumerated(EnumType.STRING)
  private AttendanceStatus status;

  private String note;

  @Enumerated(EnumType.STRING)
  private RecordSource source;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private Instant changedAt;

  protected AttendanceChange() {}

  AttendanceChange(
      String sessionId,
      String memberId,
      int revision,
      AttendanceStatus previousStatus,
      String previousNote,
      AttendanceStatus status,
      String note,
      RecordSource source,
      String changedBy,
      Instant changedAt) {
    this.id = Ids.newId();
    this.sessionId = sessionId;
    this.memberId = memberId;
    this.revision = revision;
    this.previousStatus = previousStatus;
    this.previousNote = previousNote;
    this.status = status;
    this.note = note;
    this.source = source;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public String memberId() {
    return memberId;
  }

  public AttendanceStatus previousStatus() {
    return previousStatus;
  }

  public String previousNote() {
    return previousNote;
  }

  public AttendanceStatus status() {
    return status;
  }

  public String note() {
    return note;
  }

  public RecordSource source() {
    return source;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
