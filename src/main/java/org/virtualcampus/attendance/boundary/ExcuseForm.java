package org.virtualcampus.attendance.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An educator's request to be excused from a session. */
@Schema(name = "ExcuseRequest")
public class ExcuseForm implements Serializable {
  @NotBlank(message = "reason is required: tell your facilitator why you cannot attend")
  @Size(max = 1000, message = "reason is at most 1000 characters")
  private String reason;

  public ExcuseForm() {}

  public ExcuseForm(String reason) {
    this.reason = reason;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
