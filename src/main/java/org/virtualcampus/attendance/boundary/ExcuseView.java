package org.virtualcampus.attendance.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.attendance.entity.AbsenceRequest;
import org.virtualcampus.attendance.entity.AbsenceState;

/** A request to be excused and where it stands. */
@Schema(name = "Excuse")
public record ExcuseView(
    String id,
    String sessionId,
    String memberId,
    String name,
    String reason,
    AbsenceState state,
    Instant requestedAt,
    Instant decidedAt)
    implements Serializable {

  static ExcuseView of(AbsenceRequest r, String name) {
    return new ExcuseView(
        r.id(),
        r.sessionId(),
        r.memberId(),
        name,
        r.reason(),
        r.state(),
        r.requestedAt(),
        r.decidedAt());
  }
}
