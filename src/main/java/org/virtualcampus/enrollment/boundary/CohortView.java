package org.virtualcampus.enrollment.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.virtualcampus.enrollment.entity.Cohort;

/**
 * A cohort on the wire, with its seat and waitlist counts; {@code version} counts saved edits of
 * the settings and goes back with an edit.
 */
public record CohortView(
    String id,
    String courseId,
    String courseTitle,
    String name,
    String status,
    int capacity,
    int seatsTaken,
    int seatsFree,
    long waiting,
    OffsetDateTime interestOpensAt,
    OffsetDateTime interestClosesAt,
    LocalDate startsOn,
    LocalDate endsOn,
    String timeZone,
    String admission,
    String seatPolicy,
    String offerHold,
    Integer professionCapPercent,
    List<String> facilitatorIds,
    String coordinatorId,
    long version)
    implements java.io.Serializable {

  public static CohortView of(
      Cohort c, String courseTitle, List<String> facilitatorIds, long waiting) {
    return new CohortView(
        c.id(),
        c.courseId(),
        courseTitle,
        c.name(),
        c.status().name(),
        c.capacity(),
        c.seatsTaken(),
        c.seatsFree(),
        waiting,
        c.interestOpensAt() == null ? null : c.interestOpensAt().atOffset(ZoneOffset.UTC),
        c.interestClosesAt() == null ? null : c.interestClosesAt().atOffset(ZoneOffset.UTC),
        c.startsOn(),
        c.endsOn(),
        c.timeZone().getId(),
        c.admission().name(),
        c.seatPolicy().name(),
        c.offerHold().toString(),
        c.professionCapPercent(),
        facilitatorIds.stream().sorted().toList(),
        c.coordinatorId(),
        c.editVersion());
  }
}
