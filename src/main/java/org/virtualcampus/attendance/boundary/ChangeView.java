package org.virtualcampus.attendance.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.attendance.entity.AttendanceStatus;
import org.virtualcampus.attendance.entity.RecordSource;

/** One change of a record: what it was, what it became, by whom and when. */
@Schema(name = "AttendanceChange")
public record ChangeView(
    AttendanceStatus previousStatus,
    String previousNote,
    AttendanceStatus status,
    String note,
    RecordSource source,
    String changedBy,
    Instant changedAt)
    implements Serializable {}
