package org.virtualcampus.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.virtualcampus.attendance.control.Register;
import org.virtualcampus.attendance.entity.AttendanceStatus;
import org.virtualcampus.attendance.entity.CheckInCode;
import org.virtualcampus.attendance.entity.CheckInWindow;
import org.virtualcampus.attendance.entity.RecordSource;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * Records one check-in in one transaction: a live code, a member of the session's cohort, the
 * window open, no record yet. Two check-ins of one member at the same moment meet at the record's
 * key, and the second is refused.
 */
@ApplicationScoped
@Transactional
public class CheckInDesk {
  @Inject AttendanceGate gate;
  @Inject Register register;
  @Inject Clock clock;

  public CheckInResult checkIn(String typed, Actor actor) {
    CheckInCode code =
        register
            .code(typed)
            .filter(CheckInCode::active)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "code",
                        "This is not the code of a session now. Check it with your facilitator:"
                            + " each session has its own."));
    AttendanceGate.Taking taking = gate.attend(code.sessionId(), actor);
    CheckInWindow window =
        new CheckInWindow(taking.session().startsAt(), taking.session().endsAt());
    Instant now = clock.instant();
    if (!window.isOpenAt(now)) {
      throw new ConflictException(
          "Check-in closed",
          now.isBefore(window.opensAt())
              ? "Check-in opens " + CheckInWindow.EARLY.toMinutes() + " minutes before the start."
              : "This session has ended; check-in is closed.");
    }
    register
        .find(code.sessionId(), actor.memberId())
        .ifPresent(
            r -> {
              throw new ConflictException(
                  "Already recorded",
                  "Your attendance is already recorded as "
                      + r.status().name().toLowerCase(Locale.ROOT)
                      + ".");
            });
    AttendanceStatus status =
        window.statusAt(now, register.policy(taking.cohort().courseId()).lateAfterMinutes());
    register.first(
        code.sessionId(), actor.memberId(), status, RecordSource.CHECK_IN, actor.memberId(), now);
    return new CheckInResult(code.sessionId(), taking.session().title(), status, now);
  }
}
