package org.virtualcampus.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.reporting.control.ReportQueries;

/**
 * A course's cohorts side by side. Each row is that cohort's dashboard, so the figures agree with
 * it to the digit; the statements grow with the cohorts of the course (a handful), never with their
 * members or sessions. Facilitators see the cohorts they facilitate; coordinators all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CohortComparisons {
  @Inject Courses courses;
  @Inject CohortAccess access;
  @Inject ReportQueries queries;
  @Inject Dashboards dashboards;

  public CohortComparison of(String courseId, Actor actor) {
    courses.require(courseId);
    List<CohortComparison.Row> rows = new ArrayList<>();
    String attendance = null;
    String completion = null;
    for (String cohortId : queries.cohortsOfCourse(courseId)) {
      if (!access.standing(cohortId, actor).readsRoster()) {
        continue;
      }
      CohortDashboard d = dashboards.of(cohortId, actor);
      attendance = d.attendance().definition();
      completion = d.homework().completionDefinition();
      rows.add(row(d));
    }
    if (rows.isEmpty() && !actor.managesCohorts()) {
      throw new AccessDeniedException("You facilitate no cohort of this course.");
    }
    return new CohortComparison(courseId, rows, attendance, completion);
  }

  private static CohortComparison.Row row(CohortDashboard d) {
    List<CohortDashboard.FunnelStep> steps = d.funnel().steps();
    return new CohortComparison.Row(
        d.cohortId(),
        d.cohortName(),
        d.courseTitle(),
        d.seats().taken(),
        d.seats().capacity(),
        d.seats().waitlist(),
        count(steps, "invited"),
        count(steps, "interested"),
        count(steps, "enrolled"),
        count(steps, "completed"),
        d.attendance().cohort().percent(),
        d.homework().completion(),
        d.practice().participation(),
        d.practice().meanUsefulness());
  }

  private static int count(List<CohortDashboard.FunnelStep> steps, String step) {
    return steps.stream().filter(s -> s.step().equals(step)).mapToInt(s -> s.count()).sum();
  }
}
