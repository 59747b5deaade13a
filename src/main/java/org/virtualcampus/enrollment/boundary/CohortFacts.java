package org.virtualcampus.enrollment.boundary;

import java.time.LocalDate;
import java.time.ZoneId;
import org.virtualcampus.enrollment.entity.CohortStatus;

/** What other features may know about a cohort, read by projection; never the entity. */
public record CohortFacts(
    String id,
    String courseId,
    String name,
    LocalDate startsOn,
    LocalDate endsOn,
    ZoneId timeZone,
    CohortStatus status) {}
