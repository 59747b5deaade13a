package org.virtualcampus.enrollment.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.virtualcampus.enrollment.boundary.CohortFigures;
import org.virtualcampus.enrollment.boundary.CohortView;
import org.virtualcampus.enrollment.boundary.Cohorts;
import org.virtualcampus.enrollment.boundary.EnrollmentView;
import org.virtualcampus.enrollment.boundary.Seating;
import org.virtualcampus.enrollment.boundary.WaitlistEventView;
import org.virtualcampus.enrollment.boundary.Waitlists;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.error.FieldChange;
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
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  /** The workspace's sections, each addressable as {@code ?id=…&tab=…}. */
  static final List<String> TABS =
      List.of("overview", "waitlist", "seated", "invitations", "history", "settings");

  private String id;
  private CohortView cohort;
  private CohortFigures figures;
  private final PagedDataModel<EnrollmentView> waitlist =
      new PagedDataModel<>(
          paging -> waitlists.waitlist(id, current.get(), searchName(), searchProfession(), paging),
          EnrollmentView::id);
  // the waitlist search: part of a name, a profession
  private String searchName;
  private String searchProfession;
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
  private String tab = TABS.get(0);

  // the waitlist action being confirmed in the reason dialog
  private String actionEnrollmentId;
  private String actionName;
  private String actionMemberName;
  private String reason;

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
  Cohort refresh() {
    try {
      Cohort c = cohorts.requireReadable(id, current.get());
      cohort = cohorts.view(c);
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
  public String save() {
    try {
      cohorts.update(id, editor.toForm(), current.get());
      messages.info("cohort.saved");
      return redirectTo("settings");
    } catch (StaleEditException e) {
      conflict = e.changes();
      editor.setVersion(e.currentVersion());
      FacesContext.getCurrentInstance().validationFailed();
      refresh();
    } catch (RuntimeException e) {
      messages.failed(e, "settings");
      refresh();
    }
    return null;
  }

  /**
   * After a successful post the page is fetched again at its own address (post-redirect-get), so a
   * reload does not post twice and the address keeps the cohort and the tab.
   */
  String redirectTo(String section) {
    messages.keepForRedirect();
    return "/coordinator/cohort.xhtml?faces-redirect=true&id=" + id + "&tab=" + section;
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

  /** Share of seats taken, for the progress bar. */
  public int getSeatPercent() {
    return cohort == null || cohort.capacity() == 0
        ? 0
        : Math.round(100f * cohort.seatsTaken() / cohort.capacity());
  }

  public int percentOf(long part, long whole) {
    return whole == 0 ? 0 : Math.round(100f * part / whole);
  }

  /** Whether every seat is offered or taken, so nobody can be promoted before one frees. */
  public boolean isFull() {
    return cohort != null && cohort.seatsTaken() >= cohort.capacity();
  }

  /** Shows the first page of the people who match the search. */
  public void search() {
    var table =
        (org.primefaces.component.datatable.DataTable)
            FacesContext.getCurrentInstance().getViewRoot().findComponent("cohort:waitlist");
    if (table != null) {
      table.setFirst(0);
    }
  }

  private String searchName() {
    return searchName;
  }

  private String searchProfession() {
    return searchProfession;
  }

  public String getSearchName() {
    return searchName;
  }

  public void setSearchName(String searchName) {
    this.searchName = searchName;
  }

  public String getSearchProfession() {
    return searchProfession;
  }

  public void setSearchProfession(String searchProfession) {
    this.searchProfession = searchProfession;
  }

  public List<String> getTabs() {
    return TABS;
  }

  public String getTab() {
    return tab;
  }

  /** An unknown section opens the overview rather than an empty page. */
  public void setTab(String tab) {
    this.tab = TABS.contains(tab) ? tab : TABS.get(0);
  }

  /** This page's own address within the application, for the browser's address bar. */
  public String getCanonicalPath() {
    return "/coordinator/cohort.xhtml?id=" + id + "&tab=" + tab;
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

  public CohortEditor getEditor() {
    return editor;
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

  public List<Map.Entry<String, Integer>> getSeatsByProfession() {
    return figures == null
        ? List.of()
        : figures.seatsByProfession().entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .toList();
  }
}
