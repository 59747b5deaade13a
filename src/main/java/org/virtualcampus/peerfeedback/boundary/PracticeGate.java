package org.virtualcampus.peerfeedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortFacts;
import org.virtualcampus.enrollment.boundary.CohortStanding;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.peerfeedback.control.PairHistory;
import org.virtualcampus.peerfeedback.control.PracticeQueries;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.session.boundary.SessionFacts;
import org.virtualcampus.session.boundary.Sessions;
import org.virtualcampus.session.entity.SessionKind;

/**
 * Who runs a session's practice (its cohort's staff) and who takes part in it; who practised
 * together in the cohort's other sessions, for forming and planning groups alike.
 */
@ApplicationScoped
class PracticeGate {
  @Inject Sessions sessions;
  @Inject CohortAccess access;
  @Inject PracticeQueries practice;

  record Practice(SessionFacts session, CohortFacts cohort, CohortStanding standing) {}

  Practice run(String sessionId, Actor actor) {
    Practice practice = of(sessionId, actor);
    if (!practice.standing().readsRoster()) {
      throw new AccessDeniedException(
          "Only the cohort's facilitators and coordinators run its practice.");
    }
    return practice;
  }

  Practice takePart(String sessionId, Actor actor) {
    Practice practice = of(sessionId, actor);
    if (!practice.standing().takesPart()) {
      throw new AccessDeniedException("You take no part in this session's cohort.");
    }
    return practice;
  }

  private Practice of(String sessionId, Actor actor) {
    SessionFacts session = sessions.facts(sessionId);
    if (session.cancelled()) {
      throw new ConflictException("Cancelled", "This session was cancelled.");
    }
    if (session.kind() != SessionKind.PEER_FEEDBACK) {
      throw new ConflictException(
          "Not a practice session", "Only peer feedback sessions have practice groups.");
    }
    CohortStanding standing = access.standing(session.cohortId(), actor);
    return new Practice(session, standing.cohort(), standing);
  }

  /** Who practised together in the cohort's other sessions. */
  PairHistory history(SessionFacts session) {
    java.util.List<String> others =
        sessions.factsOfCohort(session.cohortId()).stream()
            .map(SessionFacts::id)
            .filter(id -> !id.equals(session.id()))
            .toList();
    return PairHistory.fromGroups(practice.earlierGroups(others));
  }
}
