package org.virtualcampus.enrollment.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.virtualcampus.enrollment.control.PlaceRow;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;

/**
 * A place in a cohort on the wire; position and waiting are set while waiting (1 = next in line).
 */
public record EnrollmentView(
    String id,
    String cohortId,
    String cohortName,
    String courseTitle,
    String memberId,
    String memberName,
    String profession,
    String status,
    String source,
    Integer position,
    Long waiting,
    OffsetDateTime requestedAt,
    OffsetDateTime offerExpiresAt,
    OffsetDateTime enrolledAt)
    implements java.io.Serializable {

  public static EnrollmentView of(PlaceRow e, Integer position, Long waiting) {
    return new EnrollmentView(
        e.id(),
        e.cohortId(),
        e.cohortName(),
        e.courseTitle(),
        e.memberId(),
        e.memberName(),
        e.profession().name(),
        e.status().name(),
        e.source().name(),
        e.status().isWaiting() ? position : null,
        e.status().isWaiting() ? waiting : null,
        utc(e.requestedAt()),
        e.status() == EnrollmentStatus.OFFERED ? utc(e.offerExpiresAt()) : null,
        utc(e.enrolledAt()));
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
