package org.virtualcampus.session.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.boundary.CourseItems;
import org.virtualcampus.session.entity.LiveSession;
import org.virtualcampus.session.entity.SessionKind;
import org.virtualcampus.session.entity.SessionPlan;
import org.virtualcampus.session.entity.SessionStatus;

/** A live session as its cohort's people see it; times are instants (pages show them local). */
@Schema(name = "SessionView")
public record SessionView(
    String id,
    String cohortId,
    String cohortName,
    String timeZone,
    @Schema(description = "Sessions scheduled together weekly share it; null for a single one")
        String seriesId,
    SessionKind kind,
    String title,
    Instant startsAt,
    Instant endsAt,
    int minutes,
    String joinUrl,
    String facilitatorId,
    String description,
    SessionStatus status,
    @Schema(description = "Raised by every change calendars must show (iCalendar SEQUENCE)")
        int sequence,
    @Schema(description = "From this instant the join link is offered (10 minutes before)")
        Instant joinOpensAt,
    List<SessionMaterial> materials)
    implements java.io.Serializable {

  static final Duration JOIN_EARLY = Duration.ofMinutes(10);

  static SessionView of(
      LiveSession s, String cohortName, String zone, Map<String, CourseItems.ItemRef> items) {
    SessionPlan plan = s.plan();
    return new SessionView(
        s.id(),
        s.cohortId(),
        cohortName,
        zone,
        s.seriesId(),
        plan.kind(),
        plan.title(),
        plan.startsAt(),
        plan.endsAt(),
        plan.minutes(),
        plan.joinUrl(),
        plan.facilitatorId(),
        plan.description(),
        s.status(),
        s.sequence(),
        plan.startsAt().minus(JOIN_EARLY),
        s.materials().stream()
            .filter(items::containsKey)
            .map(id -> SessionMaterial.of(items.get(id)))
            .toList());
  }

  /** Whether "join" works now: from shortly before the start to the end, unless cancelled. */
  public boolean joinable(Instant now) {
    return status == SessionStatus.SCHEDULED
        && joinUrl != null
        && !now.isBefore(joinOpensAt)
        && now.isBefore(endsAt);
  }

  public boolean cancelled() {
    return status == SessionStatus.CANCELLED;
  }
}
