package org.virtualcampus.enrollment.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.virtualcampus.enrollment.boundary.CohortView;
import org.virtualcampus.enrollment.boundary.Cohorts;
import org.virtualcampus.enrollment.boundary.EnrollmentView;
import org.virtualcampus.enrollment.boundary.Waitlists;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.ui.CurrentMember;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.ui.PageMessages;

/** A facilitator's cohorts and, for one of them, who takes part and who waits (read only). */
@Named
@ViewScoped
public class FacilitationBacking implements Serializable {
  @Inject Cohorts cohorts;
  @Inject Waitlists waitlists;
  @Inject CurrentMember current;
  @Inject PageMessages messages;

  private String id;
  private List<CohortView> mine;
  private CohortView cohort;
  private List<EnrollmentView> participants;
  private List<EnrollmentView> waiting;

  public void load() {
    try {
      mine = cohorts.views(cohorts.list(current.actor(), new PageRequest(0, 200))).items();
      if (id != null) {
        cohort = CohortView.of(cohorts.requireReadable(id, current.actor()), cohorts.waiting(id));
        participants =
            waitlists
                .roster(id, current.actor(), EnrollmentStatus.HOLDING_SEAT, new PageRequest(0, 200))
                .items();
        waiting = waitlists.waitlist(id, current.actor(), new PageRequest(0, 200)).items();
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

  public List<CohortView> getMine() {
    return mine;
  }

  public CohortView getCohort() {
    return cohort;
  }

  public List<EnrollmentView> getParticipants() {
    return participants;
  }

  public List<EnrollmentView> getWaiting() {
    return waiting;
  }
}
