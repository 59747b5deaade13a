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
import org.virtualcampus.enrollment.boundary.CatalogueFilter;
import org.virtualcampus.enrollment.boundary.CataloguePage;
import org.virtualcampus.enrollment.boundary.SeatRequests;
import org.virtualcampus.enrollment.boundary.Waitlists;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.identity.ui.ViewerFormat;
import org.virtualcampus.platform.error.InvalidInputException;
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
  private String course;
  private String admission;
  private String startsBy;
  private List<CataloguePage.Course> courses = List.of();
  private String filterError;
  private PagedList<CatalogueEntry> open;

  /**
   * The search, the filters and the page come from the address ({@code ?q=…&course=…&page=…}), so
   * results can be bookmarked and a visitor needs no session; buttons post them back, so an action
   * always meets the list it was clicked on. A filter value the campus does not know is named in a
   * message and left out.
   */
  @PostConstruct
  void load() {
    var parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    query = trimmed(parameters.get("q"));
    course = trimmed(parameters.get("course"));
    admission = trimmed(parameters.get("admission"));
    startsBy = trimmed(parameters.get("startsBy"));
    CatalogueFilter filter;
    try {
      filter = CatalogueFilter.parse(query, course, admission, startsBy);
    } catch (InvalidInputException e) {
      filterError = e.fieldErrors().stream().map(f -> f.message()).findFirst().orElse(e.detail());
      admission = null;
      startsBy = null;
      filter = CatalogueFilter.parse(query, course, null, null);
    }
    CatalogueFilter chosen = filter;
    String viewer = current.isSignedIn() ? current.memberId() : null;
    open =
        new PagedList<>(
            paging -> {
              CataloguePage page = catalogue.browse(chosen, paging, viewer);
              courses = page.courses();
              return page.entries();
            },
            PAGE_SIZE);
    open.goTo(pageNumber(parameters.get("page")));
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getCourse() {
    return course;
  }

  public String getAdmission() {
    return admission;
  }

  public String getStartsBy() {
    return startsBy;
  }

  /** Why a filter from the address was left out, or null. */
  public String getFilterError() {
    return filterError;
  }

  public List<CataloguePage.Course> getCourses() {
    return courses;
  }

  /** Whether any filter besides the words is set, so the page offers to clear them. */
  public boolean isFiltered() {
    return course != null || admission != null || startsBy != null;
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
