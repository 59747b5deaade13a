package org.virtualcampus.enrollment.boundary;

/**
 * A cohort in the catalogue as one viewer sees it: the cohort, and the viewer's own place in it
 * ({@code null} for a visitor or someone without a place), so the card says where they stand
 * instead of offering a request that would be refused.
 */
public record CatalogueEntry(CohortView cohort, EnrollmentView mine)
    implements java.io.Serializable {

  /** Whether the viewer may ask for a seat: no place yet, or one they gave up or let expire. */
  public boolean mayAsk() {
    return mine == null
        || switch (mine.status()) {
          case "DECLINED", "EXPIRED", "WITHDRAWN", "COMPLETED" -> true;
          default -> false;
        };
  }
}
