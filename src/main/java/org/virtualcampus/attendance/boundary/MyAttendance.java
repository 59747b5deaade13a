package org.virtualcampus.attendance.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.attendance.entity.AbsenceState;
import org.virtualcampus.attendance.entity.AttendanceStatus;

/** A member's own attendance in one cohort: the rate and every session. */
@Schema(name = "MyAttendance")
public record MyAttendance(
    String cohortId, String cohortName, AttendanceRate rate, List<Attended> sessions)
    implements Serializable {

  /** One session: its record, if any, and the member's request to be excused, if any. */
  @Schema(name = "AttendedSession")
  public record Attended(
      String sessionId,
      String title,
      Instant startsAt,
      Instant endsAt,
      boolean cancelled,
      AttendanceStatus status,
      String excuseId,
      AbsenceState excuse)
      implements Serializable {}
}
