package org.virtualcampus.attendance.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.virtualcampus.attendance.boundary.CheckInForm;
import org.virtualcampus.attendance.boundary.CheckInResult;
import org.virtualcampus.attendance.boundary.CheckIns;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.PageMessages;

/** Self check-in with the code the facilitator shows (the QR code's link fills it in). */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {
  @Inject CheckIns checkIns;
  @Inject CurrentActor current;
  @Inject PageMessages messages;
  @Inject FieldMessages fields;

  private String code;
  private CheckInResult result;

  public void checkIn() {
    result = null;
    try {
      result = checkIns.checkIn(new CheckInForm(code == null ? null : code.strip()), current.get());
    } catch (RuntimeException e) {
      fields.failedAt(e, "checkIn:code");
    }
  }

  public String resultText() {
    return result == null
        ? ""
        : messages.text(
            "attendance.checkedIn",
            result.title(),
            messages
                .text("attendanceStatus." + result.status())
                .toLowerCase(java.util.Locale.ROOT));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CheckInResult getResult() {
    return result;
  }
}
