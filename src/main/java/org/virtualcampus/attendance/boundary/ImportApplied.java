package org.virtualcampus.attendance.boundary;

import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What applying a report did: statuses set, and records that changed. */
@Schema(name = "ImportApplied")
public record ImportApplied(
    String sessionId, int present, int late, int absent, int excused, int changed)
    implements Serializable {}
