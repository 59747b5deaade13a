package org.virtualcampus.enrollment.boundary;

/** Small request bodies of the enrollment API. */
public final class ActionBodies {
  private ActionBodies() {}

  /** Body of promote and remove: why, for the waitlist history. */
  public record Reason(String reason) {}

  /** Body of move: UP or DOWN one place, and why. */
  public record Move(String direction, String reason) {}

  /** Body of a cohort status change. */
  public record Status(String status) {}

  /** Body of a removal of several people at once, all for one reason. */
  public record Removals(java.util.List<String> enrollmentIds, String reason) {}

  /** Body of a message to several people of a cohort. */
  public record Message(java.util.List<String> enrollmentIds, String message) {}

  /** Body of an invitation upload as JSON: addresses one per line or separated by commas. */
  public record Invitees(String emails) {}
}
