package org.virtualcampus.attendance.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.virtualcampus.attendance.boundary.CheckInCodeView;
import org.virtualcampus.attendance.boundary.CheckIns;
import org.virtualcampus.attendance.boundary.ExcuseDecision;
import org.virtualcampus.attendance.boundary.ExcuseView;
import org.virtualcampus.attendance.boundary.Excuses;
import org.virtualcampus.attendance.entity.AbsenceState;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.PageMessages;

/** The self check-in code of the session and the requests to be excused from it. */
@Named
@ViewScoped
public class SessionDeskBacking implements Serializable {
  @Inject CheckIns checkIns;
  @Inject Excuses excuses;
  @Inject RollCallBacking rollCall;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private CheckInCodeView code;
  private List<ExcuseView> requests = List.of();

  /** After the roll call loaded: nothing when the viewer may not take this session's attendance. */
  public void load() {
    if (rollCall.getShown() == null) {
      return;
    }
    try {
      code = checkIns.code(rollCall.getSession(), current.get());
    } catch (RuntimeException e) {
      code = null;
      messages.failed(e, null);
    }
    loadRequests();
  }

  public void rotate() {
    try {
      code = checkIns.rotate(rollCall.getSession(), current.get());
      messages.info("attendance.codeRotated");
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  public void decide(String requestId, boolean approve) {
    try {
      excuses.decide(requestId, new ExcuseDecision(approve), current.get());
      messages.info(approve ? "attendance.excuseApproved" : "attendance.excuseRefused");
      loadRequests();
      rollCall.refresh();
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  private void loadRequests() {
    try {
      requests = excuses.ofSession(rollCall.getSession(), current.get());
    } catch (RuntimeException e) {
      requests = List.of();
      messages.failed(e, null);
    }
  }

  public List<ExcuseView> pending() {
    return requests.stream().filter(r -> r.state() == AbsenceState.PENDING).toList();
  }

  public List<ExcuseView> decided() {
    return requests.stream().filter(r -> r.state() != AbsenceState.PENDING).toList();
  }

  public String qrLabel() {
    return code == null ? "" : messages.text("attendance.qrAlt", code.code());
  }

  public CheckInCodeView getCode() {
    return code;
  }
}
