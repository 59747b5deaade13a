package org.virtualcampus.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortFacts;
import org.virtualcampus.enrollment.boundary.CohortStanding;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.session.boundary.SessionFacts;
import org.virtualcampus.session.boundary.Sessions;

/** Who may take a session's attendance, and who attends it, asked of the sessions and cohorts. */
@ApplicationScoped
class AttendanceGate {
  @Inject Sessions sessions;
  @Inject CohortAccess access;

  /** A session whose attendance the actor takes: its cohort's facilitators and coordinators. */
  record Taking(SessionFacts session, CohortFacts cohort) {}

  Taking take(String sessionId, Actor actor) {
    SessionFacts session = sessions.facts(sessionId);
    CohortStanding standing = access.standing(session.cohortId(), actor);
    if (!standing.readsRoster()) {
      throw new AccessDeniedException(
          "Only the cohort's facilitators and coordinators take its attendance.");
    }
    return new Taking(session, standing.cohort());
  }

  Taking takeScheduled(String sessionId, Actor actor) {
    Taking taking = take(sessionId, actor);
    requireScheduled(taking.session());
    return taking;
  }

  /** A session the actor attends: they hold a place in its cohort. */
  Taking attend(String sessionId, Actor actor) {
    SessionFacts session = sessions.facts(sessionId);
    CohortStanding standing = access.standing(session.cohortId(), actor);
    if (!standing.enrolled()) {
      throw new AccessDeniedException("You are not a participant of this session's cohort.");
    }
    requireScheduled(session);
    return new Taking(session, standing.cohort());
  }

  static void requireScheduled(SessionFacts session) {
    if (session.cancelled()) {
      throw new ConflictException("Cancelled", "This session was cancelled.");
    }
  }
}
