package org.virtualcampus.attendance.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.virtualcampus.attendance.boundary.AttendanceRate;
import org.virtualcampus.attendance.boundary.AttendanceReports;
import org.virtualcampus.attendance.boundary.ExcuseForm;
import org.virtualcampus.attendance.boundary.Excuses;
import org.virtualcampus.attendance.boundary.MyAttendance;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.identity.ui.ViewerFormat;
import org.virtualcampus.platform.ui.PageMessages;

/** A member's own attendance in each cohort, and asking to be excused from a coming session. */
@Named
@ViewScoped
public class MyAttendanceBacking implements Serializable {
  @Inject AttendanceReports reports;
  @Inject Excuses excuses;
  @Inject CurrentActor current;
  @Inject PageMessages messages;
  @Inject FieldMessages fields;
  @Inject ViewerFormat format;

  private List<MyAttendance> mine = List.of();
  private MyAttendance.Attended asking;
  private String reason;

  public void load() {
    try {
      mine = reports.mine(current.get());
    } catch (RuntimeException e) {
      mine = List.of();
      messages.failed(e, null);
    }
  }

  public void startAsking(MyAttendance.Attended session) {
    asking = session;
    reason = null;
  }

  public void ask() {
    try {
      excuses.ask(asking.sessionId(), new ExcuseForm(reason), current.get());
      messages.info("attendance.excuseAsked", asking.title());
      asking = null;
      load();
    } catch (RuntimeException e) {
      fields.failedAt(e, "excuseForm:reason");
    }
  }

  /** Not started, not cancelled, and not asked yet. */
  public boolean askable(MyAttendance.Attended s) {
    return !s.cancelled() && s.excuse() == null && s.startsAt().isAfter(format.now());
  }

  public String rateText(AttendanceRate rate) {
    return rate.percent() == null
        ? messages.text("attendance.noRateYet")
        : messages.text("attendance.rate", rate.percent(), rate.counted());
  }

  public String askTitle() {
    return asking == null ? "" : messages.text("attendance.askFor", asking.title());
  }

  public List<MyAttendance> getMine() {
    return mine;
  }

  public MyAttendance.Attended getAsking() {
    return asking;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
