package org.virtualcampus.attendance.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's roll call: every participant of its cohort, in name order. */
@Schema(name = "RollCall")
public record RollCallView(
    String sessionId,
    String cohortId,
    String title,
    Instant startsAt,
    Instant endsAt,
    String timeZone,
    @Schema(description = "Participants recorded so far") int recorded,
    List<RollCallEntry> entries)
    implements Serializable {}
