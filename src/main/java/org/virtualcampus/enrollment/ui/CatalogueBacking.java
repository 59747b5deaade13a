package org.virtualcampus.enrollment.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.virtualcampus.enrollment.boundary.CohortView;
import org.virtualcampus.enrollment.boundary.Cohorts;
import org.virtualcampus.enrollment.boundary.Enrollments;
import org.virtualcampus.enrollment.boundary.Waitlists;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.identity.ui.CurrentMember;
import org.virtualcampus.identity.ui.ViewerTime;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.ui.PageMessages;

/** The catalogue of cohorts open for requests, and asking for a seat. */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {
  @Inject Cohorts cohorts;
  @Inject Enrollments enrollments;
  @Inject Waitlists waitlists;
  @Inject CurrentMember current;
  @Inject ViewerTime time;
  @Inject PageMessages messages;

  private List<CohortView> open;

  @PostConstruct
  void load() {
    open = cohorts.views(cohorts.open(new PageRequest(0, 100))).items();
  }

  public String requestSeat(String cohortId) {
    try {
      var place =
          waitlists.withPosition(
              enrollments.requestSeat(cohortId, current.getId(), EnrollmentSource.REQUEST));
      switch (place.status()) {
        case "ENROLLED" -> messages.info("catalogue.enrolled");
        case "OFFERED" -> messages.info("catalogue.offered", time.format(place.offerExpiresAt()));
        case "INTERESTED" ->
            messages.info(
                "catalogue.awaitingApproval", time.ordinal(place.position()), place.waiting());
        default ->
            messages.info("catalogue.waitlisted", time.ordinal(place.position()), place.waiting());
      }
      messages.keepForRedirect();
      return "/me/cohorts.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      return messages.failed(e, null);
    }
  }

  public List<CohortView> getOpen() {
    return open;
  }
}
