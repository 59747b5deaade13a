package org.virtualcampus.enrollment.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.virtualcampus.enrollment.boundary.CohortView;
import org.virtualcampus.enrollment.boundary.Cohorts;
import org.virtualcampus.enrollment.boundary.EnrollmentView;
import org.virtualcampus.enrollment.boundary.Waitlists;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.PagedDataModel;

/**
 * A facilitator's cohorts and, for one of them, who takes part and who waits (read only). Every
 * list pages in the database.
 */
@Named
@ViewScoped
public class FacilitationBacking implements Serializable {
  @Inject Cohorts cohorts;
  @Inject Waitlists waitlists;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String id;
  private CohortView cohort;
  private final PagedDataModel<CohortView> mine =
      new PagedDataModel<>(
          paging -> cohorts.views(cohorts.list(current.get(), paging)), CohortView::id);
  private final PagedDataModel<EnrollmentView> participants =
      new PagedDataModel<>(
          paging -> waitlists.roster(id, current.get(), EnrollmentStatus.HOLDING_SEAT, paging),
          EnrollmentView::id);
  private final PagedDataModel<EnrollmentView> waiting =
      new PagedDataModel<>(
          paging -> waitlists.waitlist(id, current.get(), paging), EnrollmentView::id);

  public void load() {
    try {
      if (id != null) {
        cohort = cohorts.readableView(id, current.get());
      }
    } catch (RuntimeException e) {
      cohort = null;
      messages.failed(e, null);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PagedDataModel<CohortView> getMine() {
    return mine;
  }

  public CohortView getCohort() {
    return cohort;
  }

  public PagedDataModel<EnrollmentView> getParticipants() {
    return participants;
  }

  public PagedDataModel<EnrollmentView> getWaiting() {
    return waiting;
  }
}
