package org.virtualcampus.enrollment.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** The plannable settings of a cohort, already checked. */
public record CohortPlan(
    String name,
    int capacity,
    Instant interestOpensAt,
    Instant interestClosesAt,
    LocalDate startsOn,
    LocalDate endsOn,
    ZoneId timeZone,
    Admission admission,
    SeatPolicy seatPolicy,
    Duration offerHold,
    Integer professionCapPercent,
    Set<String> facilitatorIds) {}
