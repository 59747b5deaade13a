package org.virtualcampus.peerfeedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.virtualcampus.platform.persistence.Ids;

/** A practice group of a session, numbered for the facilitator's board, with its breakout room. */
@Entity
@Table(name = "practice_group")
public class PracticeGroupRow {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "session_id")
  private String sessionId;

  private int number;

  @Column(name = "breakout_url")
  private String breakoutUrl;

  protected PracticeGroupRow() {}

  public PracticeGroupRow(String sessionId, int number) {
    this.id = Ids.newId();
    this.sessionId = sessionId;
    this.number = number;
  }

  public void meetAt(String url) {
    this.breakoutUrl = url == null || url.isBlank() ? null : url.strip();
  }

  public String id() {
    return id;
  }

  public String sessionId() {
    return sessionId;
  }

  public int number() {
    return number;
  }

  public String breakoutUrl() {
    return breakoutUrl;
  }
}
