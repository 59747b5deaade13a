package org.virtualcampus.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A self check-in code. It belongs to one session for ever; rotating it retires it. */
@Entity
@Table(name = "check_in_code")
public class CheckInCode {
  @Id
  @Column(length = 12)
  private String code;

  @Column(name = "session_id")
  private String sessionId;

  private boolean active;

  @Column(name = "created_at")
  private Instant createdAt;

  protected CheckInCode() {}

  public CheckInCode(String code, String sessionId, Instant createdAt) {
    this.code = code;
    this.sessionId = sessionId;
    this.active = true;
    this.createdAt = createdAt;
  }

  public void retire() {
    active = false;
  }

  public String code() {
    return code;
  }

  public String sessionId() {
    return sessionId;
  }

  public boolean active() {
    return active;
  }
}
