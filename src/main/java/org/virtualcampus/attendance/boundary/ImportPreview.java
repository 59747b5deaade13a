package org.virtualcampus.attendance.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.attendance.entity.AttendanceStatus;

/**
 * What applying a participant report would do: each participant's status (the current one too), the
 * report's entries nobody could match, and the staff's own entries, which count for nobody.
 */
@Schema(name = "ImportPreview")
public record ImportPreview(
    String importId,
    String sessionId,
    String fileName,
    @Schema(description = "ZOOM, TEAMS or TEAMS_LEGACY") String shape,
    String timeZone,
    int lateAfterMinutes,
    int minimumMinutes,
    List<Line> participants,
    List<Entry> unmatched,
    List<Entry> staff)
    implements Serializable {

  /** One participant: what they would be marked, from which report entry, and how matched. */
  @Schema(name = "ImportLine")
  public record Line(
      String memberId,
      String name,
      AttendanceStatus status,
      AttendanceStatus current,
      @Schema(description = "EMAIL, HAND, or NONE when not in the report") String matchedBy,
      String entryKey,
      String entryName,
      Integer minutes,
      Instant firstJoin,
      Instant lastLeave)
      implements Serializable {}

  /** An entry of the report: who the conferencing tool saw. */
  @Schema(name = "ImportEntry")
  public record Entry(
      String key, String name, String originalName, String email, int minutes, Instant firstJoin)
      implements Serializable {}

  public long count(AttendanceStatus status) {
    return participants.stream().filter(l -> l.status() == status).count();
  }
}
