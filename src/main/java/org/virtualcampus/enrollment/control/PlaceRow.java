package org.virtualcampus.enrollment.control;

import java.time.Instant;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.entity.Profession;

/**
 * A place in a cohort as lists show it, read in one query with the member's name and profession.
 */
public record PlaceRow(
    String id,
    String cohortId,
    String cohortName,
    String courseTitle,
    String memberId,
    String memberName,
    Profession profession,
    EnrollmentStatus status,
    EnrollmentSource source,
    Instant requestedAt,
    Instant offerExpiresAt,
    Instant enrolledAt) {}
