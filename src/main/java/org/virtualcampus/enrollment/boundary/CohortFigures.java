package org.virtualcampus.enrollment.boundary;

import java.util.Map;

/**
 * A cohort's figures for the coordinator: seats, queue, the invitation funnel (opened counts
 * everyone who followed their link, answered or not) and how long promoted people waited.
 */
public record CohortFigures(
    int capacity,
    int seatsTaken,
    long enrolled,
    long offered,
    long waiting,
    long awaitingApproval,
    long invited,
    long invitationsOpened,
    long interested,
    long declined,
    long promotedFromWaitlist,
    long averageWaitSeconds,
    long longestWaitSeconds,
    Map<String, Integer> seatsByProfession,
    Integer professionSeatLimit)
    implements java.io.Serializable {}
