package org.virtualcampus.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.virtualcampus.attendance.boundary.AttendanceRate;
import org.virtualcampus.attendance.boundary.AttendanceReports;
import org.virtualcampus.attendance.boundary.CohortAttendance;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortFacts;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.boundary.CohortProgress;
import org.virtualcampus.learning.boundary.Progress;
import org.virtualcampus.peerfeedback.boundary.PracticeReports;
import org.virtualcampus.reporting.boundary.CohortDashboard.FunnelStep;
import org.virtualcampus.reporting.boundary.CohortDashboard.MemberAtRisk;
import org.virtualcampus.reporting.boundary.CohortDashboard.ModuleHomework;
import org.virtualcampus.reporting.control.ReportQueries;
import org.virtualcampus.reporting.control.ReportQueries.CohortRow;
import org.virtualcampus.reporting.control.ReportQueries.PracticeRow;
import org.virtualcampus.reporting.control.RiskRuleStore;
import org.virtualcampus.reporting.entity.RiskRule;

/**
 * The cohort dashboard for its facilitators and coordinators. Attendance and completion come from
 * their features' one rules; the rest is aggregated in SQL here. A fixed number of statements.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Dashboards {
  private static final double DAY = 86_400.0;

  @Inject CohortAccess access;
  @Inject AttendanceReports attendance;
  @Inject Progress progress;
  @Inject ReportQueries queries;
  @Inject RiskRuleStore riskRules;
  @Inject PracticeReports practiceReports;
  @Inject Clock clock;

  public CohortDashboard of(String cohortId, Actor actor) {
    CohortFacts cohort = access.requireRosterReader(cohortId, actor).cohort();
    CohortRow row = queries.cohort(cohortId);
    CohortAttendance rates = attendance.ofCohort(cohortId, actor);
    CohortProgress done = progress.of(cohortId, actor);
    LocalDateTime local = LocalDateTime.ofInstant(clock.instant(), cohort.timeZone());
    long day = ChronoUnit.DAYS.between(cohort.startsOn(), local.toLocalDate());
    var homework = queries.homework(cohortId, cohort.courseId(), day, local.toLocalTime());
    Map<String, Integer> missing =
        queries.missing(cohortId, cohort.courseId(), day, local.toLocalTime());
    PracticeRow practice = queries.practice(cohortId);
    RiskRule rule = riskRules.of(cohort.courseId());

    return new CohortDashboard(
        cohortId,
        cohort.name(),
        row.courseTitle(),
        new CohortDashboard.Seats(row.seatsTaken(), row.capacity(), row.waiting()),
        funnel(row),
        new CohortDashboard.Attendance(
            rates.cohort(), rates.sessions(), rates.members(), Definitions.ATTENDANCE),
        new CohortDashboard.Homework(
            homework.stream()
                .map(
                    h -> {
                      int notIn = h.members() - h.handedIn();
                      return new ModuleHomework(
                          h.moduleId(),
                          h.title(),
                          h.due(),
                          h.members(),
                          h.onTime(),
                          h.handedIn() - h.onTime(),
                          h.due() ? notIn : 0,
                          h.due() ? 0 : notIn,
                          h.accepted());
                    })
                .toList(),
            done.modules(),
            completion(done),
            (int)
                done.members().stream()
                    .filter(m -> done.modules() > 0 && m.modulesComplete() == done.modules())
                    .count(),
            Definitions.HOMEWORK,
            Definitions.COMPLETION),
        new CohortDashboard.Practice(
            practice.runs(),
            practice.practised(),
            percent(practice.practised(), row.participants()),
            practice.meanUsefulness() == null
                ? null
                : BigDecimal.valueOf(practice.meanUsefulness()).setScale(2, RoundingMode.HALF_UP),
            practice.ratings(),
            usefulness(cohortId, actor),
            Definitions.PRACTICE),
        new CohortDashboard.Waitlist(
            row.waiting(),
            row.promotions(),
            days(row.medianWaitSeconds()),
            row.longestWaitSeconds() == null ? null : days(row.longestWaitSeconds().doubleValue()),
            Definitions.WAITLIST),
        new CohortDashboard.Risk(
            rule.absences(),
            rule.missingHomework(),
            atRisk(rule, rates.members(), missing),
            Definitions.RISK.formatted(rule.absences(), rule.missingHomework())));
  }

  /** Mean usefulness per practice session, asked of the peer feedback feature. */
  private List<CohortDashboard.SessionUsefulness> usefulness(String cohortId, Actor actor) {
    return practiceReports.ofCohort(cohortId, actor).sessions().stream()
        .sorted(java.util.Comparator.comparing(s -> s.startsAt()))
        .map(
            s ->
                new CohortDashboard.SessionUsefulness(
                    s.sessionId(), s.title(), s.startsAt(), s.formsSubmitted(), s.meanUsefulness()))
        .toList();
  }

  private static CohortDashboard.Funnel funnel(CohortRow row) {
    String[] names = {"invited", "opened", "interested", "offered", "enrolled", "completed"};
    int[] counts = {
      row.invited(), row.opened(), row.interested(), row.offered(), row.enrolled(), row.completed()
    };
    List<FunnelStep> steps = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      steps.add(
          new FunnelStep(names[i], counts[i], i == 0 ? null : percent(counts[i], counts[i - 1])));
    }
    return new CohortDashboard.Funnel(
        steps, days(row.medianSecondsToInterest()), Definitions.FUNNEL);
  }

  /**
   * Participants, in the attendance report's order (by name), who cross either threshold of the
   * course's rule.
   */
  private static List<MemberAtRisk> atRisk(
      RiskRule rule, List<AttendanceRate> members, Map<String, Integer> missing) {
    List<MemberAtRisk> risky = new ArrayList<>();
    for (AttendanceRate m : members) {
      int absences = m.absent();
      int notIn = missing.getOrDefault(m.id(), 0);
      List<String> reasons = new ArrayList<>();
      if (absences >= rule.absences()) {
        reasons.add(absences + " absences");
      }
      if (notIn >= rule.missingHomework()) {
        reasons.add(notIn + " homework missing");
      }
      if (!reasons.isEmpty()) {
        risky.add(new MemberAtRisk(m.id(), m.label(), absences, notIn, reasons));
      }
    }
    return risky;
  }

  private static BigDecimal completion(CohortProgress done) {
    int complete = done.members().stream().mapToInt(m -> m.modulesComplete()).sum();
    return percent(complete, done.members().size() * done.modules());
  }

  static BigDecimal percent(int part, int whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal days(Double seconds) {
    return seconds == null
        ? null
        : BigDecimal.valueOf(seconds / DAY).setScale(1, RoundingMode.HALF_UP);
  }
}
