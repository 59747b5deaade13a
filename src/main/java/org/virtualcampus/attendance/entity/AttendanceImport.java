package org.virtualcampus.attendance.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.virtualcampus.platform.persistence.Ids;

/** A participant report uploaded for a session and waiting to be previewed and applied. */
@Entity
@Table(name = "attendance_import")
public class AttendanceImport {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "session_id")
  private String sessionId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "time_zone")
  private String timeZone;

  @Lob
  @Basic(fetch = FetchType.EAGER)
  private byte[] content;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected AttendanceImport() {}

  public AttendanceImport(
      String sessionId,
      String fileName,
      java.time.ZoneId timeZone,
      byte[] content,
      String uploadedBy,
      Instant uploadedAt) {
    this.id = Ids.newId();
    this.sessionId = sessionId;
    this.fileName = fileName;
    this.timeZone = timeZone.getId();
    this.content = content.clone();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public String id() {
    return id;
  }

  public String sessionId() {
    return sessionId;
  }

  public String fileName() {
    return fileName;
  }

  public java.time.ZoneId timeZone() {
    return java.time.ZoneId.of(timeZone);
  }

  public byte[] content() {
    return content.clone();
  }

  public String uploadedBy() {
    return uploadedBy;
  }
}
