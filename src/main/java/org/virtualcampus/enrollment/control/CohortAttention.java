package org.virtualcampus.enrollment.control;

/**
 * A cohort a coordinator should look at now: people wait although seats are free (approval, or a
 * profession cap), or seat offers end within a day.
 */
public record CohortAttention(
    String cohortId, String name, long seatsFree, long waiting, long offersEndingSoon)
    implements java.io.Serializable {}
