package org.virtualcampus.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.virtualcampus.attendance.control.AttendanceRates;
import org.virtualcampus.attendance.control.Rate;
import org.virtualcampus.attendance.control.Register;
import org.virtualcampus.attendance.entity.AbsenceRequest;
import org.virtualcampus.attendance.entity.AttendanceRecord;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortFacts;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.session.boundary.SessionFacts;
import org.virtualcampus.session.boundary.Sessions;

/** Attendance rates for the cohort's staff and for each member about themselves. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttendanceReports {
  @Inject CohortAccess access;
  @Inject Sessions sessions;
  @Inject AttendanceRates rates;
  @Inject Register register;
  @Inject Recipients members;

  public CohortAttendance ofCohort(String cohortId, Actor actor) {
    CohortFacts cohort = access.requireRosterReader(cohortId, actor).cohort();
    Map<String, Rate> bySession = rates.bySession(cohortId);
    List<AttendanceRate> sessionRates = new ArrayList<>();
    for (SessionFacts s : sessions.factsOfCohort(cohortId)) {
      if (bySession.containsKey(s.id())) {
        sessionRates.add(AttendanceRate.of(bySession.get(s.id()), s.title()));
      }
    }
    List<String> ids = access.participantIds(cohortId);
    Map<String, Rate> byMember = rates.byMember(cohortId);
    Map<String, Recipient> names = members.recipients(ids);
    List<AttendanceRate> memberRates =
        ids.stream()
            .map(
                id ->
                    AttendanceRate.of(
                        byMember.getOrDefault(id, Rate.none(id)),
                        names.containsKey(id) ? names.get(id).displayName() : id))
            .sorted(Comparator.comparing(AttendanceRate::label, String.CASE_INSENSITIVE_ORDER))
            .toList();
    return new CohortAttendance(
        cohortId,
        cohort.name(),
        AttendanceRate.of(AttendanceRates.sum(cohortId, bySession.values()), cohort.name()),
        sessionRates,
        memberRates);
  }

  /**
   * The register behind the cohort's rates, one cell per participant and counted session, for the
   * cohort's staff; callers have checked access (the reports do it once per request).
   */
  public List<AttendanceCell> cellsOf(String cohortId) {
    return rates.cells(cohortId).stream()
        .map(
            c ->
                new AttendanceCell(
                    c.memberId(),
                    c.sessionId(),
                    c.startsAt(),
                    c.startsAt().plus(java.time.Duration.ofMinutes(c.minutes())),
                    c.status(),
                    c.weight()))
        .toList();
  }

  /** One member's rate in one cohort, by the one rule; callers have checked who asks. */
  public AttendanceRate rateOf(String memberId, String cohortId) {
    return AttendanceRate.of(
        rates.ofMember(memberId).getOrDefault(cohortId, Rate.none(cohortId)), cohortId);
  }

  /** The actor's attendance in each cohort they hold a place in. */
  public List<MyAttendance> mine(Actor actor) {
    Map<String, Rate> byCohort = rates.ofMember(actor.memberId());
    List<MyAttendance> mine = new ArrayList<>();
    for (String cohortId : access.cohortsOf(actor.memberId())) {
      if (!access.standing(cohortId, actor).enrolled()) {
        continue;
      }
      CohortFacts cohort = access.facts(cohortId);
      List<SessionFacts> held = sessions.factsOfCohort(cohortId);
      List<String> ids = held.stream().map(SessionFacts::id).toList();
      Map<String, AttendanceRecord> records = register.ofMember(actor.memberId(), ids);
      Map<String, AbsenceRequest> excuses =
          register.requestsOfMember(actor.memberId(), ids).stream()
              .collect(Collectors.toMap(AbsenceRequest::sessionId, Function.identity()));
      List<MyAttendance.Attended> rows =
          held.stream()
              .map(
                  s -> {
                    AttendanceRecord r = records.get(s.id());
                    AbsenceRequest e = excuses.get(s.id());
                    return new MyAttendance.Attended(
                        s.id(),
                        s.title(),
                        s.startsAt(),
                        s.endsAt(),
                        s.cancelled(),
                        r == null ? null : r.status(),
                        e == null ? null : e.id(),
                        e == null ? null : e.state());
                  })
              .toList();
      mine.add(
          new MyAttendance(
              cohortId,
              cohort.name(),
              AttendanceRate.of(
                  byCohort.getOrDefault(cohortId, Rate.none(cohortId)), cohort.name()),
              rows));
    }
    return mine;
  }
}
