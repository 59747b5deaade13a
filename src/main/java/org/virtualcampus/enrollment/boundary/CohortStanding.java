package org.virtualcampus.enrollment.boundary;

/**
 * Where one actor stands in one cohort. {@code coordinating}: coordinators and admins manage every
 * cohort. {@code enrolled}: the member holds an ENROLLED (or COMPLETED) place in it.
 */
public record CohortStanding(
    CohortFacts cohort, boolean enrolled, boolean facilitating, boolean coordinating) {

  /** Roster, waitlist, history and figures: the cohort's facilitators and coordinators. */
  public boolean readsRoster() {
    return facilitating || coordinating;
  }

  /** Everything a participant sees (sessions, homework, discussions): anyone with a part in it. */
  public boolean takesPart() {
    return enrolled || facilitating || coordinating;
  }
}
