package org.virtualcampus.enrollment.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.virtualcampus.enrollment.boundary.CohortFigures;
import org.virtualcampus.enrollment.boundary.CohortView;
import org.virtualcampus.enrollment.boundary.Cohorts;
import org.virtualcampus.enrollment.boundary.EnrollmentView;
import org.virtualcampus.enrollment.boundary.Enrollments;
import org.virtualcampus.enrollment.boundary.Invitations;
import org.virtualcampus.enrollment.boundary.WaitlistEventView;
import org.virtualcampus.enrollment.boundary.Waitlists;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.ui.CurrentMember;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * The coordinator's page for one cohort: figures, settings, the waitlist with its actions and
 * history, the seat holders, and invitations.
 */
@Named
@ViewScoped
public class CohortBacking implements Serializable {
  @Inject Cohorts cohorts;
  @Inject Enrollments enrollments;
  @Inject Waitlists waitlists;
  @Inject Invitations invitations;
  @Inject CurrentMember current;
  @Inject PageMessages messages;

  private String id;
  private CohortView cohort;
  private CohortFigures figures;
  private List<EnrollmentView> waitlist;
  private List<EnrollmentView> seated;
  private List<WaitlistEventView> history;
  private final CohortEditor editor = new CohortEditor();
  private String status;

  // the waitlist action being confirmed in the reason dialog
  private String actionEnrollmentId;
  private String actionName;
  private String actionMemberName;
  private String reason;

  private String inviteText;
  private transient UploadedFile inviteCsv;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      Cohort c = cohorts.requireReadable(id, current.actor());
      cohort = CohortView.of(c, cohorts.waiting(id));
      status = cohort.status();
      editor.fill(c);
      figures = waitlists.figures(id, current.actor());
      waitlist = waitlists.waitlist(id, current.actor(), new PageRequest(0, 200)).items();
      seated =
          waitlists
              .roster(id, current.actor(), EnrollmentStatus.HOLDING_SEAT, new PageRequest(0, 200))
              .items();
      history = waitlists.history(id, current.actor(), new PageRequest(0, 50)).items();
    } catch (RuntimeException e) {
      cohort = null;
      messages.failed(e, null);
    }
  }

  public void save() {
    try {
      cohorts.update(id, editor.toForm(), current.actor());
      messages.info("cohort.saved");
    } catch (RuntimeException e) {
      messages.failed(e, "settings");
    }
    load();
  }

  public void changeStatus() {
    try {
      cohorts.changeStatus(id, status, current.actor());
      messages.info("cohort.statusChanged", status);
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
    load();
  }

  /** Opens the reason dialog for promote, remove, up or down. */
  public void ask(String action, EnrollmentView place) {
    actionName = action;
    actionEnrollmentId = place.id();
    actionMemberName = place.memberName();
    reason = null;
  }

  public void confirm() {
    try {
      switch (actionName) {
        case "promote" -> enrollments.promote(actionEnrollmentId, current.actor(), reason);
        case "remove" -> enrollments.remove(actionEnrollmentId, current.actor(), reason);
        case "up" -> enrollments.move(actionEnrollmentId, current.actor(), true, reason);
        case "down" -> enrollments.move(actionEnrollmentId, current.actor(), false, reason);
        default -> throw new IllegalArgumentException(actionName);
      }
      messages.info("waitlist.done." + actionName, actionMemberName);
    } catch (RuntimeException e) {
      messages.failed(e, "reasonForm");
    }
    load();
  }

  public void approve(EnrollmentView place) {
    try {
      enrollments.approve(place.id(), current.actor());
      messages.info("waitlist.done.approve", place.memberName());
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
    load();
  }

  public void invite() {
    try {
      Invitations.ImportResult result;
      if (inviteCsv != null && inviteCsv.getSize() > 0) {
        result =
            invitations.inviteFromCsv(
                id, new String(inviteCsv.getContent(), StandardCharsets.UTF_8), current.actor());
      } else {
        result = invitations.inviteFromText(id, inviteText, current.actor());
      }
      messages.info("invite.done", result.invited(), result.alreadyInvited().size());
      inviteText = null;
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
    inviteCsv = null;
    load();
  }

  /** Share of seats taken, for the progress bar. */
  public int getSeatPercent() {
    return cohort == null || cohort.capacity() == 0
        ? 0
        : Math.round(100f * cohort.seatsTaken() / cohort.capacity());
  }

  public int percentOf(long part, long whole) {
    return whole == 0 ? 0 : Math.round(100f * part / whole);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CohortView getCohort() {
    return cohort;
  }

  public CohortFigures getFigures() {
    return figures;
  }

  public List<EnrollmentView> getWaitlist() {
    return waitlist;
  }

  public List<EnrollmentView> getSeated() {
    return seated;
  }

  public List<WaitlistEventView> getHistory() {
    return history;
  }

  public CohortEditor getEditor() {
    return editor;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getActionName() {
    return actionName;
  }

  public String getActionMemberName() {
    return actionMemberName;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getInviteText() {
    return inviteText;
  }

  public void setInviteText(String inviteText) {
    this.inviteText = inviteText;
  }

  public UploadedFile getInviteCsv() {
    return inviteCsv;
  }

  public void setInviteCsv(UploadedFile inviteCsv) {
    this.inviteCsv = inviteCsv;
  }

  public List<Map.Entry<String, Integer>> getSeatsByProfession() {
    return figures == null
        ? List.of()
        : figures.seatsByProfession().entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .toList();
  }
}
