package org.virtualcampus.session.entity;

import java.time.Instant;

/** What a session is: the parts a coordinator or facilitator writes. */
public record SessionPlan(
    SessionKind kind,
    String title,
    Instant startsAt,
    int minutes,
    String joinUrl,
    String facilitatorId,
    String description)
    implements java.io.Serializable {

  public Instant endsAt() {
    return startsAt.plusSeconds(minutes * 60L);
  }
}
