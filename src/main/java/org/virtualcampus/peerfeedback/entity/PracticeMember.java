package org.virtualcampus.peerfeedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A member's place in a session's practice: their group and position, which set their roles. */
@Entity
@Table(name = "practice_member")
@IdClass(PracticeMember.Key.class)
public class PracticeMember {

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

  @Column(name = "group_id")
  private String groupId;

  private int position;

  private boolean late;

  protected PracticeMember() {}

  public PracticeMember(
      String sessionId, String memberId, String groupId, int position, boolean late) {
    this.sessionId = sessionId;
    this.memberId = memberId;
    this.groupId = groupId;
    this.position = position;
    this.late = late;
  }

  public void moveTo(String group, int newPosition) {
    this.groupId = group;
    this.position = newPosition;
  }

  public String sessionId() {
    return sessionId;
  }

  public String memberId() {
    return memberId;
  }

  public String groupId() {
    return groupId;
  }

  public int position() {
    return position;
  }

  public boolean late() {
    return late;
  }
}
