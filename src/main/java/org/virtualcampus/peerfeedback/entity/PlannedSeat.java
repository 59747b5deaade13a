package org.virtualcampus.peerfeedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.virtualcampus.platform.persistence.Ids;

/** A member's place in the groups planned for a session before it starts. */
@Entity
@Table(name = "practice_plan_seat")
public class PlannedSeat {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "session_id")
  private String sessionId;

  @Column(name = "member_id")
  private String memberId;

  @Column(name = "group_number")
  private int groupNumber;

  private int position;

  protected PlannedSeat() {}

  public PlannedSeat(String sessionId, String memberId, int groupNumber, int position) {
    this.id = Ids.newId();
    this.sessionId = sessionId;
    this.memberId = memberId;
    this.groupNumber = groupNumber;
    this.position = position;
  }

  public void moveTo(int groupNumber, int position) {
    this.groupNumber = groupNumber;
    this.position = position;
  }

  public String memberId() {
    return memberId;
  }

  public int groupNumber() {
    return groupNumber;
  }

  public int position() {
    return position;
  }
}
