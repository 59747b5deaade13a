package org.virtualcampus.enrollment.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.virtualcampus.enrollment.entity.Admission;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * What a visitor narrows the catalogue to: words of the cohort or course name, one course, how
 * people are admitted, and a latest start date. Every part is optional.
 */
public record CatalogueFilter(
    String search, String courseId, Admission admission, LocalDate startsBy)
    implements java.io.Serializable {

  public static final CatalogueFilter ALL = new CatalogueFilter(null, null, null, null);

  /** Reads the filter as the address or the API gives it; a bad value is refused by name. */
  public static CatalogueFilter parse(
      String search, String courseId, String admission, String startsBy) {
    return new CatalogueFilter(
        blankToNull(search), blankToNull(courseId), admission(admission), date(startsBy));
  }

  private static Admission admission(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Admission.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "admission", "admission must be OPEN_TO_COMMUNITY or INVITATION_ONLY");
    }
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("startsBy", "startsBy must be a date such as 2027-03-01");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
