package org.virtualcampus.attendance.boundary;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort's attendance: the cohort, each session whose attendance was taken, each member. */
@Schema(name = "CohortAttendance")
public record CohortAttendance(
    String cohortId,
    String cohortName,
    AttendanceRate cohort,
    List<AttendanceRate> sessions,
    List<AttendanceRate> members)
    implements Serializable {}
