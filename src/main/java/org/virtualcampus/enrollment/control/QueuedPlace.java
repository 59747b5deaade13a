package org.virtualcampus.enrollment.control;

import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.entity.Profession;

/** Someone waiting, as the seat allocator reads the head of the queue. */
public record QueuedPlace(
    String enrollmentId, long ticket, EnrollmentStatus status, Profession profession) {}
