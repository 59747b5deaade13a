package org.virtualcampus.attendance.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.attendance.entity.AttendanceStatus;
import org.virtualcampus.attendance.entity.RecordSource;

/** One participant on the roll call: their record, if any, and a pending excuse. */
@Schema(name = "RollCallEntry")
public record RollCallEntry(
    String memberId,
    String name,
    @Schema(description = "Null until recorded") AttendanceStatus status,
    String note,
    RecordSource source,
    Instant recordedAt,
    @Schema(description = "The reason of a pending request to be excused, if any")
        String pendingExcuse)
    implements Serializable {}
