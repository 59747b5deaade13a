package org.virtualcampus.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.virtualcampus.attendance.control.Register;
import org.virtualcampus.attendance.entity.AbsenceRequest;
import org.virtualcampus.attendance.entity.AbsenceState;
import org.virtualcampus.attendance.entity.AttendanceChange;
import org.virtualcampus.attendance.entity.AttendanceRecord;
import org.virtualcampus.attendance.entity.AttendanceStatus;
import org.virtualcampus.attendance.entity.CheckInWindow;
import org.virtualcampus.attendance.entity.RecordSource;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * The facilitator's roll call: every participant of the session's cohort with a status, "mark all
 * present" for those not yet recorded, then fix the few. It opens when check-in opens.
 */
@ApplicationScoped
@Transactional
public class RollCall {
  @Inject AttendanceGate gate;
  @Inject Register register;
  @Inject CohortAccess access;
  @Inject Recipients members;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public RollCallView of(String sessionId, Actor actor) {
    return view(gate.take(sessionId, actor));
  }

  public RollCallEntry mark(
      String sessionId,
      String memberId,
      @NotNull(message = "a request body is required") @Valid MarkForm form,
      Actor actor) {
    AttendanceGate.Taking taking = open(sessionId, actor);
    if (!access.participantIds(taking.cohort().id()).contains(memberId)) {
      throw new InvalidInputException("memberId", "not a participant of this session's cohort");
    }
    register.record(
        sessionId,
        memberId,
        form.getStatus(),
        form.getNote(),
        RecordSource.ROLL_CALL,
        actor.memberId(),
        clock.instant());
    return entries(taking, List.of(memberId)).get(0);
  }

  /** Marks every participant not yet recorded PRESENT; records already there stay. */
  public RollCallView markAllPresent(String sessionId, Actor actor) {
    AttendanceGate.Taking taking = open(sessionId, actor);
    Set<String> recorded = register.ofSession(sessionId).keySet();
    Instant now = clock.instant();
    for (String member : access.participantIds(taking.cohort().id())) {
      if (!recorded.contains(member)) {
        register.first(
            sessionId,
            member,
            AttendanceStatus.PRESENT,
            RecordSource.ROLL_CALL,
            actor.memberId(),
            now);
      }
    }
    return view(taking);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ChangeView> history(String sessionId, String memberId, Actor actor) {
    gate.take(sessionId, actor);
    List<AttendanceChange> changes = register.history(sessionId, memberId);
    Map<String, Recipient> who =
        members.recipients(changes.stream().map(AttendanceChange::changedBy).toList());
    return changes.stream()
        .map(
            c ->
                new ChangeView(
                    c.previousStatus(),
                    c.previousNote(),
                    c.status(),
                    c.note(),
                    c.source(),
                    who.containsKey(c.changedBy())
                        ? who.get(c.changedBy()).displayName()
                        : c.changedBy(),
                    c.changedAt()))
        .toList();
  }

  private AttendanceGate.Taking open(String sessionId, Actor actor) {
    AttendanceGate.Taking taking = gate.takeScheduled(sessionId, actor);
    CheckInWindow window =
        new CheckInWindow(taking.session().startsAt(), taking.session().endsAt());
    if (clock.instant().isBefore(window.opensAt())) {
      throw new ConflictException(
          "Roll call not open",
          "Roll call opens " + CheckInWindow.EARLY.toMinutes() + " minutes before the session.");
    }
    return taking;
  }

  private RollCallView view(AttendanceGate.Taking taking) {
    List<RollCallEntry> entries =
        entries(taking, access.participantIds(taking.cohort().id())).stream()
            .sorted(Comparator.comparing(RollCallEntry::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    return new RollCallView(
        taking.session().id(),
        taking.cohort().id(),
        taking.session().title(),
        taking.session().startsAt(),
        taking.session().endsAt(),
        taking.cohort().timeZone().getId(),
        (int) entries.stream().filter(e -> e.status() != null).count(),
        entries);
  }

  private List<RollCallEntry> entries(AttendanceGate.Taking taking, List<String> memberIds) {
    String sessionId = taking.session().id();
    Map<String, AttendanceRecord> records = register.ofSession(sessionId);
    Map<String, String> excuses =
        register.requestsOfSession(sessionId).stream()
            .filter(r -> r.state() == AbsenceState.PENDING)
            .collect(Collectors.toMap(AbsenceRequest::memberId, AbsenceRequest::reason));
    Map<String, Recipient> names = members.recipients(new HashSet<>(memberIds));
    return memberIds.stream()
        .map(
            id -> {
              AttendanceRecord r = records.get(id);
              return new RollCallEntry(
                  id,
                  names.containsKey(id) ? names.get(id).displayName() : id,
                  r == null ? null : r.status(),
                  r == null ? null : r.note(),
                  r == null ? null : r.source(),
                  r == null ? null : r.recordedAt(),
                  excuses.get(id));
            })
        .toList();
  }
}
