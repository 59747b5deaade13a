package org.virtualcampus.session.boundary;

import java.time.Instant;
import org.virtualcampus.session.entity.LiveSession;
import org.virtualcampus.session.entity.SessionKind;
import org.virtualcampus.session.entity.SessionStatus;

/** What other features may know about a session: when it is, whose, and whether it still is. */
public record SessionFacts(
    String id,
    String cohortId,
    SessionKind kind,
    String title,
    Instant startsAt,
    Instant endsAt,
    boolean cancelled) {

  static SessionFacts of(LiveSession s) {
    return new SessionFacts(
        s.id(),
        s.cohortId(),
        s.plan().kind(),
        s.plan().title(),
        s.startsAt(),
        s.plan().endsAt(),
        s.status() == SessionStatus.CANCELLED);
  }
}
