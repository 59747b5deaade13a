package org.virtualcampus.attendance.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.attendance.entity.AttendanceStatus;

/** A check-in made: the session and how it counts. */
@Schema(name = "CheckInResult")
public record CheckInResult(
    String sessionId, String title, AttendanceStatus status, Instant checkedInAt)
    implements Serializable {}
