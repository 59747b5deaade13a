package org.virtualcampus.attendance.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.attendance.boundary.ChangeView;
import org.virtualcampus.attendance.boundary.MarkForm;
import org.virtualcampus.attendance.boundary.RollCall;
import org.virtualcampus.attendance.boundary.RollCallEntry;
import org.virtualcampus.attendance.boundary.RollCallView;
import org.virtualcampus.attendance.entity.AttendanceStatus;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * A session's roll call for its cohort's facilitators and coordinators: every participant marked
 * with one click, saved as soon as it changes; the other cards of the page read the session here.
 */
@Named
@ViewScoped
public class RollCallBacking implements Serializable {
  @Inject RollCall rollCall;
  @Inject CurrentActor current;
  @Inject PageMessages messages;
  @Inject FieldMessages fields;

  private String session;
  private RollCallView shown;
  private final Map<String, String> statuses = new HashMap<>();
  private final Map<String, String> notes = new HashMap<>();
  private String historyOf;
  private List<ChangeView> history = List.of();

  public void load() {
    try {
      show(rollCall.of(session, current.get()));
    } catch (RuntimeException e) {
      shown = null;
      messages.failed(e, null);
    }
  }

  public void refresh() {
    show(rollCall.of(session, current.get()));
  }

  public void markAllPresent() {
    try {
      show(rollCall.markAllPresent(session, current.get()));
      messages.info("attendance.allMarked");
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  /** A row's status or note changed: save both; the row shows the result or the reason. */
  public void mark(AjaxBehaviorEvent event) {
    UIComponent input = event.getComponent();
    String member = (String) input.getAttributes().get("memberId");
    String status = statuses.get(member);
    try {
      rollCall.mark(
          session,
          member,
          new MarkForm(
              status == null || status.isBlank() ? null : AttendanceStatus.valueOf(status),
              blankToNull(notes.get(member))),
          current.get());
      shown = rollCall.of(session, current.get());
    } catch (RuntimeException e) {
      fields.failedAt(e, input.getClientId());
    }
  }

  public void showHistory(RollCallEntry entry) {
    historyOf = entry.name();
    try {
      history = rollCall.history(session, entry.memberId(), current.get());
    } catch (RuntimeException e) {
      history = List.of();
      messages.failed(e, null);
    }
  }

  public String recordedText() {
    return shown == null
        ? ""
        : messages.text("attendance.recorded", shown.recorded(), shown.entries().size());
  }

  public int recordedPercent() {
    return shown == null || shown.entries().isEmpty()
        ? 0
        : Math.round(100f * shown.recorded() / shown.entries().size());
  }

  public String statusLabel(AttendanceStatus status) {
    return status == null
        ? messages.text("attendance.notRecorded")
        : messages.text("attendanceStatus." + status);
  }

  public static String severity(AttendanceStatus status) {
    if (status == null) {
      return "secondary";
    }
    return switch (status) {
      case PRESENT -> "success";
      case LATE -> "warning";
      case ABSENT -> "danger";
      case EXCUSED -> "info";
    };
  }

  public String severityOf(AttendanceStatus status) {
    return severity(status);
  }

  public AttendanceStatus[] getStatusChoices() {
    return AttendanceStatus.values();
  }

  private void show(RollCallView view) {
    shown = view;
    statuses.clear();
    notes.clear();
    for (RollCallEntry e : view.entries()) {
      statuses.put(e.memberId(), e.status() == null ? null : e.status().name());
      notes.put(e.memberId(), e.note());
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }

  public RollCallView getShown() {
    return shown;
  }

  public Map<String, String> getStatuses() {
    return statuses;
  }

  public Map<String, String> getNotes() {
    return notes;
  }

  public String getHistoryOf() {
    return historyOf;
  }

  public List<ChangeView> getHistory() {
    return history;
  }
}
