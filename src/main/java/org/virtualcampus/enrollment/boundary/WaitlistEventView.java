package org.virtualcampus.enrollment.boundary;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.enrollment.entity.WaitlistEvent;

/** One line of a cohort's waitlist history. actorName is null when the system acted. */
@Schema(
    description =
        "One line of a cohort's waitlist history; actorName is null when the system acted.")
public record WaitlistEventView(
    String id,
    String kind,
    String enrollmentId,
    String memberId,
    String memberName,
    String actorId,
    String actorName,
    String reason,
    Integer fromPosition,
    Integer toPosition,
    Long waitedSeconds,
    OffsetDateTime occurredAt)
    implements java.io.Serializable {

  public static WaitlistEventView of(WaitlistEvent w, String memberName, String actorName) {
    return new WaitlistEventView(
        w.id(),
        w.kind().name(),
        w.enrollmentId(),
        w.memberId(),
        memberName,
        w.actorId(),
        actorName,
        w.reason(),
        w.fromPosition(),
        w.toPosition(),
        w.waitedSeconds(),
        EnrollmentView.utc(w.occurredAt()));
  }
}
