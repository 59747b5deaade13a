package org.virtualcampus.session.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort's sessions in time order, with the zone their local times are written in. */
@Schema(name = "CohortSessions")
public record CohortSessions(
    String cohortId,
    String cohortName,
    @Schema(description = "The cohort's time zone: startsAt of a SessionForm is local to it")
        String timeZone,
    @Schema(description = "Whether the caller schedules and changes them") boolean schedules,
    List<SessionView> sessions,
    // Items of the course a session may list as materials; empty unless the caller schedules.
    List<SessionMaterial> materialChoices)
    implements java.io.Serializable {}
