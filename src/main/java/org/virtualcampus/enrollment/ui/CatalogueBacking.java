package org.virtualcampus.enrollment.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.virtualcampus.enrollment.boundary.Catalogue;
import org.virtualcampus.enrollment.boundary.CatalogueEntry;
import org.virtualcampus.enrollment.boundary.SeatRequests;
import org.virtualcampus.enrollment.boundary.Waitlists;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.identity.ui.ViewerFormat;
import org.virtualcampus.platform.ui.DurationInput;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.PagedList;

/**
 * The catalogue of cohorts open for requests, and asking for a seat. Request-scoped so that a
 * visitor browsing the catalogue gets no HTTP session.
 */
@Named
@RequestScoped
public class CatalogueBacking implements Serializable {
  @Inject Catalogue catalogue;
  @Inject SeatRequests seatRequests;
  @Inject Waitlists waitlists;
  @Inject CurrentActor current;
  @Inject ViewerFormat time;
  @Inject PageMessages messages;

  static final int PAGE_SIZE = 20;

  private String query;
  private PagedList<CatalogueEntry> open;

  /**
   * The search and the page come from the address ({@code ?q=…&page=…}), so results can be
   * bookmarked and a visitor needs no session; buttons post them back, so an action always meets
   * the list it was clicked on.
   */
  @PostConstruct
  void load() {
    var parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    query = parameters.get("q") == null ? null : parameters.get("q").strip();
    String search = query;
    String viewer = current.isSignedIn() ? current.memberId() : null;
    open = new PagedList<>(paging -> catalogue.browse(search, paging, viewer), PAGE_SIZE);
    open.goTo(pageNumber(parameters.get("page")));
  }

  private static int pageNumber(String value) {
    try {
      return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()) - 1);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public String getQuery() {
    return query;
  }

  /** How long a seat offer is held, in the largest unit that says it exactly ("90 minutes"). */
  public String holdText(String offerHold) {
    DurationInput hold = DurationInput.of(Duration.parse(offerHold));
    return messages.text("duration." + hold.getUnit(), hold.getAmount());
  }

  public String requestSeat(String cohortId) {
    try {
      var place =
          waitlists.withPosition(
              seatRequests.requestSeat(cohortId, current.memberId(), EnrollmentSource.REQUEST));
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

  public List<CatalogueEntry> getOpen() {
    return open.getItems();
  }

  public PagedList<CatalogueEntry> getPager() {
    return open;
  }
}
