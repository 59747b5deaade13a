package org.virtualcampus.attendance.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The code an educator types (or their camera reads from the QR code). */
@Schema(name = "CheckIn")
public class CheckInForm implements Serializable {
  @NotBlank(message = "code is required: the code your facilitator shows")
  @Size(max = 20, message = "code is at most 20 characters")
  private String code;

  public CheckInForm() {}

  public CheckInForm(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
