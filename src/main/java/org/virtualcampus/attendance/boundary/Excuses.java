package org.virtualcampus.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.virtualcampus.attendance.control.Register;
import org.virtualcampus.attendance.entity.AbsenceRequest;
import org.virtualcampus.attendance.entity.AttendanceStatus;
import org.virtualcampus.attendance.entity.RecordSource;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Excused absences: an educator asks before the session with a reason, the facilitator approves or
 * refuses, and an approval makes the record EXCUSED, which the rate leaves out of both sides.
 */
@ApplicationScoped
@Transactional
public class Excuses {
  private static final String BODY = "a request body is required";

  @Inject AttendanceGate gate;
  @Inject Register register;
  @Inject Recipients members;
  @Inject Clock clock;

  /** Asks to be excused, or restates the reason of a request not yet decided. */
  public ExcuseView ask(
      String sessionId, @NotNull(message = BODY) @Valid ExcuseForm form, Actor actor) {
    AttendanceGate.Taking taking = gate.attend(sessionId, actor);
    Instant now = clock.instant();
    Instant start = taking.session().startsAt();
    AbsenceRequest request =
        register
            .requestOf(sessionId, actor.memberId())
            .map(
                r -> {
                  r.restate(form.getReason(), now, start);
                  return r;
                })
            .orElseGet(
                () -> {
                  AbsenceRequest made =
                      new AbsenceRequest(sessionId, actor.memberId(), form.getReason(), now, start);
                  register.keep(made);
                  return made;
                });
    return ExcuseView.of(request, null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ExcuseView> ofSession(String sessionId, Actor actor) {
    gate.take(sessionId, actor);
    List<AbsenceRequest> requests = register.requestsOfSession(sessionId);
    Map<String, Recipient> names =
        members.recipients(requests.stream().map(AbsenceRequest::memberId).toList());
    return requests.stream()
        .map(
            r ->
                ExcuseView.of(
                    r,
                    names.containsKey(r.memberId()) ? names.get(r.memberId()).displayName() : null))
        .toList();
  }

  public ExcuseView decide(
      String requestId, @NotNull(message = BODY) @Valid ExcuseDecision decision, Actor actor) {
    AbsenceRequest request =
        register.request(requestId).orElseThrow(() -> new NotFoundException("Excuse", requestId));
    gate.takeScheduled(request.sessionId(), actor);
    Instant now = clock.instant();
    if (decision.getApprove()) {
      request.approve(actor.memberId(), now);
      register.record(
          request.sessionId(),
          request.memberId(),
          AttendanceStatus.EXCUSED,
          request.reason(),
          RecordSource.EXCUSE,
          actor.memberId(),
          now);
    } else {
      request.refuse(actor.memberId(), now);
    }
    return ExcuseView.of(request, null);
  }
}
