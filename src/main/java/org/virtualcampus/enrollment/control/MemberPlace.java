package org.virtualcampus.enrollment.control;

import org.virtualcampus.enrollment.entity.EnrollmentStatus;

/** Who holds a place in a cohort, and which. */
public record MemberPlace(String memberId, EnrollmentStatus status) {}
