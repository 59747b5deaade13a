package org.virtualcampus.peerfeedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.virtualcampus.platform.persistence.Ids;

/** One form of a practice round: a draft until its author submits it. */
@Entity
@Table(name = "practice_form")
public class PracticeForm {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "session_id")
  private String sessionId;

  @Column(name = "group_id")
  private String groupId;

  private int round;

  @Enumerated(EnumType.STRING)
  private FormKind kind;

  @Column(name = "author_id")
  private String authorId;

  @Column(name = "giver_id")
  private String giverId;

  @Convert(converter = FormAnswersConverter.class)
  private FormAnswers answers;

  private Integer usefulness;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected PracticeForm() {}

  public PracticeForm(
      String sessionId, String groupId, int round, FormKind kind, String authorId, String giverId) {
    this.id = Ids.newId();
    this.sessionId = sessionId;
    this.groupId = groupId;
    this.round = round;
    this.kind = kind;
    this.authorId = authorId;
    this.giverId = giverId;
    this.answers = new FormAnswers();
  }

  public void write(FormAnswers newAnswers, Integer newUsefulness, boolean submit, Instant now) {
    this.answers = newAnswers;
    this.usefulness = newUsefulness;
    this.updatedAt = now;
    if (submit && submittedAt == null) {
      submittedAt = now;
    }
  }

  public String id() {
    return id;
  }

  public String sessionId() {
    return sessionId;
  }

  public String groupId() {
    return groupId;
  }

  public int round() {
    return round;
  }

  public FormKind kind() {
    return kind;
  }

  public String authorId() {
    return authorId;
  }

  public String giverId() {
    return giverId;
  }

  public FormAnswers answers() {
    return answers;
  }

  public Integer usefulness() {
    return usefulness;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
