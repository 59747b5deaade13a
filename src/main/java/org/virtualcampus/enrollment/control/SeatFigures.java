package org.virtualcampus.enrollment.control;

/** A cohort's seats and queue as one statement read them. */
public record SeatFigures(
    int capacity, int seatsTaken, long enrolled, long offered, long waiting, long interested) {}
