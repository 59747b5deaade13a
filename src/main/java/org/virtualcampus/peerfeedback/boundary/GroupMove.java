package org.virtualcampus.peerfeedback.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone to move into a group (by its number), or, without a group, a late arrival to place. */
@Schema(name = "PracticeMove")
public class GroupMove implements Serializable {
  @NotBlank(message = "memberId is required")
  private String memberId;

  @Min(value = 1, message = "group is a group number from 1")
  private int group = 1;

  public String getMemberId() {
    return memberId;
  }

  public void setMemberId(String memberId) {
    this.memberId = memberId;
  }

  public int getGroup() {
    return group;
  }

  public void setGroup(int group) {
    this.group = group;
  }
}
