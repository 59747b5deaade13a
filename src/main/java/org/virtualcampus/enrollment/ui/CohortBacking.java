package org.virtualcampus.enrollment.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.virtualcampus.enrollment.boundary.CohortFigures;
import org.virtualcampus.enrollment.boundary.CohortView;
import org.virtualcampus.enrollment.boundary.Cohorts;
import org.virtualcampus.enrollment.boundary.EnrollmentView;
import org.virtualcampus.enrollment.boundary.Invitations;
import org.virtualcampus.enrollment.boundary.Seating;
import org.virtualcampus.enrollment.boundary.WaitlistEventView;
import org.virtualcampus.enrollment.boundary.Waitlists;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.error.FieldChange;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.StaleEditException;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.PagedDataModel;

/**
 * The coordinator's page for one cohort: figures, settings, the waitlist with its actions and
 * history, the seat holders, and invitations.
 */
@Named
@ViewScoped
public class CohortBacking implements Serializable {
  @Inject Cohorts cohorts;
  @Inject Seating seating;
  @Inject Waitlists waitlists;
  @Inject Invitations invitations;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("name", "cohort.name"),
          Map.entry("capacity", "cohort.capacity"),
          Map.entry("interestOpensAt", "cohort.opens"),
          Map.entry("interestClosesAt", "cohort.closes"),
          Map.entry("startsOn", "cohort.startsOn"),
          Map.entry("endsOn", "cohort.endsOn"),
          Map.entry("timeZone", "cohort.timeZone"),
          Map.entry("admission", "cohort.admission"),
          Map.entry("seatPolicy", "cohort.seatPolicy"),
          Map.entry("offerHold", "cohort.offerHold"),
          Map.entry("professionCapPercent", "cohort.cap"),
          Map.entry("facilitatorIds", "cohort.facilitators"));

  private String id;
  private CohortView cohort;
  private CohortFigures figures;
  private final PagedDataModel<EnrollmentView> waitlist =
      new PagedDataModel<>(
          paging -> waitlists.waitlist(id, current.get(), paging), EnrollmentView::id);
  private final PagedDataModel<EnrollmentView> seated =
      new PagedDataModel<>(
          paging -> waitlists.roster(id, current.get(), EnrollmentStatus.HOLDING_SEAT, paging),
          EnrollmentView::id);
  private final PagedDataModel<WaitlistEventView> history =
      new PagedDataModel<>(
          paging -> waitlists.history(id, current.get(), paging), WaitlistEventView::id);
  private final CohortEditor editor = new CohortEditor();
  // what a refused stale save found changed meanwhile, shown next to the settings form
  private List<FieldChange> conflict = List.of();
  private String status;

  // the waitlist action being confirmed in the reason dialog
  private String actionEnrollmentId;
  private String actionName;
  private String actionMemberName;
  private String reason;

  private String inviteText;
  // a plain file input (h:inputFile): PrimeFaces' simple upload hides its input from screen readers
  // while it still takes the focus
  private transient Part inviteCsv;

  /** Opens the page: the cohort, its figures and the settings form filled from the cohort. */
  public void load() {
    if (id == null) {
      return;
    }
    Cohort c = refresh();
    if (c != null) {
      editor.fill(c);
      conflict = List.of();
    }
  }

  /** Reads the cohort and its figures again; the tables page by themselves as they render. */
  private Cohort refresh() {
    try {
      Cohort c = cohorts.requireReadable(id, current.get());
      cohort = cohorts.view(c);
      status = cohort.status();
      figures = waitlists.figures(id, current.get());
      return c;
    } catch (RuntimeException e) {
      cohort = null;
      messages.failed(e, null);
      return null;
    }
  }

  /**
   * Saves the settings on the version the form was filled from. When someone saved meanwhile,
   * nothing is saved: the form keeps what the user typed and shows what is saved now; saving again
   * knowingly replaces it.
   */
  public void save() {
    try {
      cohorts.update(id, editor.toForm(), current.get());
      messages.info("cohort.saved");
      load();
    } catch (StaleEditException e) {
      conflict = e.changes();
      editor.setVersion(e.currentVersion());
      FacesContext.getCurrentInstance().validationFailed();
      refresh();
    } catch (RuntimeException e) {
      messages.failed(e, "settings");
      refresh();
    }
  }

  public void changeStatus() {
    try {
      cohorts.changeStatus(id, status, current.get());
      messages.info("cohort.statusChanged", messages.text("cohortStatus." + status));
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
    refresh();
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
        case "promote" -> seating.promote(actionEnrollmentId, current.get(), reason);
        case "remove" -> seating.remove(actionEnrollmentId, current.get(), reason);
        case "up" -> seating.move(actionEnrollmentId, current.get(), true, reason);
        case "down" -> seating.move(actionEnrollmentId, current.get(), false, reason);
        default -> throw new IllegalArgumentException(actionName);
      }
      messages.info("waitlist.done." + actionName, actionMemberName);
    } catch (RuntimeException e) {
      messages.failed(e, "reasonForm");
    }
    refresh();
  }

  public void approve(EnrollmentView place) {
    try {
      seating.approve(place.id(), current.get());
      messages.info("waitlist.done.approve", place.memberName());
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
    refresh();
  }

  public void invite() {
    try {
      Invitations.ImportResult result;
      if (inviteCsv != null && inviteCsv.getSize() > 0) {
        result =
            invitations.inviteFromCsv(
                id, new String(csvBytes(), StandardCharsets.UTF_8), current.get());
      } else {
        result = invitations.inviteFromText(id, inviteText, current.get());
      }
      messages.info("invite.done", result.invited(), result.alreadyInvited().size());
      inviteText = null;
    } catch (InvalidInputException e) {
      if (!e.fieldErrors().isEmpty()
          && e.fieldErrors().stream().allMatch(f -> f.field().startsWith("line "))) {
        messages.failedRows(e, "invite.badRows");
      } else {
        messages.failed(e, "invite");
      }
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
    inviteCsv = null;
    refresh();
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

  public PagedDataModel<EnrollmentView> getWaitlist() {
    return waitlist;
  }

  public PagedDataModel<EnrollmentView> getSeated() {
    return seated;
  }

  public PagedDataModel<WaitlistEventView> getHistory() {
    return history;
  }

  public List<FieldChange> getConflict() {
    return conflict;
  }

  /** The label of a settings field named as the API names it. */
  public String label(String field) {
    return messages.text(LABELS.getOrDefault(field, field));
  }

  /** A saved value as the conflict panel shows it. */
  public String shown(Object value) {
    if (value == null || (value instanceof List<?> l && l.isEmpty())) {
      return messages.text("cohort.staleEmpty");
    }
    if (value instanceof List<?> ids) {
      return String.join(", ", ids.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
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

  private byte[] csvBytes() {
    try (var in = inviteCsv.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Part getInviteCsv() {
    return inviteCsv;
  }

  public void setInviteCsv(Part inviteCsv) {
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
