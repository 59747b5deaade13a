package org.virtualcampus.attendance.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The facilitator's answer to a request to be excused. */
@Schema(name = "ExcuseDecision")
public class ExcuseDecision implements Serializable {
  @NotNull(message = "approve is required: true or false")
  private Boolean approve;

  public ExcuseDecision() {}

  public ExcuseDecision(boolean approve) {
    this.approve = approve;
  }

  public Boolean getApprove() {
    return approve;
  }

  public void setApprove(Boolean approve) {
    this.approve = approve;
  }
}
