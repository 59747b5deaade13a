package org.virtualcampus.reporting.boundary;

/** What each figure counts, in words, sent with the figure and printed in the PDF beside it. */
final class Definitions {
  static final String ATTENDANCE =
      "attendance = weighted present and late over sessions held (attendance taken, not"
          + " cancelled); excused left out of both; no record counts as absent; weights are the"
          + " course's (default present 1, late 0.8, absent 0)";
  static final String FUNNEL =
      "invited = invitations sent; opened = invitations whose link was followed; interested ="
          + " requests to join (by invitation or not); offered = given a seat offer or a seat;"
          + " enrolled = given a seat; completed = finished the cohort; conversion = count over"
          + " the step before";
  static final String HOMEWORK =
      "per module with homework and participant: on time = a version handed in before the due"
          + " time; late = handed in only after it; missing = past due and nothing handed in;"
          + " pending = not due yet and nothing handed in; accepted = accepted with feedback"
          + " released";
  static final String COMPLETION =
      "completion = modules complete (every item done and the homework handed in, or accepted"
          + " where the course says so) over participants × the course's modules";
  static final String PRACTICE =
      "participation = participants placed in a practice group at least once over participants;"
          + " usefulness = mean of the submitted 1-5 ratings";
  static final String WAITLIST =
      "promotions = members offered a seat from the waitlist; waits are from joining the queue"
          + " to the promotion, in days";
  static final String RISK =
      "at risk = %d or more absences (by the attendance rule) or %d or more homework past due"
          + " and not handed in (the thresholds of the course)";

  private Definitions() {}
}
