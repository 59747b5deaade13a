package org.virtualcampus.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One member's attendance of one session. Changing it returns the history row to keep, so nobody
 * can change a record without leaving who, when and what it was before.
 */
@Entity
@Table(name = "attendance_record")
@IdClass(AttendanceRecord.Key.class)
public class AttendanceRecord {

  /** The composite key: a plain class, since JPA sets its fields. */
  public static class Key implements Serializable {
    private String sessionId;
    private String memberId;

    public Key() {}

    public Key(String sessionId, String memberId) {
      this.sessionId = sessionId;
      this.memberId = memberId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.sessionId, sessionId)
          && Objects.equals(k.memberId, memberId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(sessionId, memberId);
    }
  }

  @Id
  @Column(name = "session_id", length = 36)
  private String sessionId;

  @Id
  @Column(name = "member_id", length = 36)
  private String memberId;

  @Enumerated(EnumType.STRING)
  private AttendanceStatus status;

  private String note;

  @Enumerated(EnumType.STRING)
  private RecordSource source;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  /** How many changes the record has had; each history row keeps its number. */
  private int changes;

  @Version private long version;

  protected AttendanceRecord() {}

  /** A record not yet set: {@link #set} gives it its first status and the history row. */
  public AttendanceRecord(String sessionId, String memberId) {
    this.sessionId = sessionId;
    this.memberId = memberId;
  }

  /** Sets status and note; the history row when anything changed, empty when nothing did. */
  public Optional<AttendanceChange> set(
      AttendanceStatus newStatus, String newNote, RecordSource from, String by, Instant at) {
    String cleanNote = newNote == null || newNote.isBlank() ? null : newNote.strip();
    if (newStatus == status && Objects.equals(cleanNote, note)) {
      return Optional.empty();
    }
    changes++;
    AttendanceChange change =
        new AttendanceChange(
            sessionId, memberId, changes, status, note, newStatus, cleanNote, from, by, at);
    this.status = newStatus;
    this.note = cleanNote;
    this.source = from;
    this.recordedBy = by;
    this.recordedAt = at;
    return Optional.of(change);
  }

  public String sessionId() {
    return sessionId;
  }

  public String memberId() {
    return memberId;
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

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
