package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortFacts;
import org.virtualcampus.enrollment.boundary.CohortStanding;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.control.ModuleQueries;
import org.virtualcampus.learning.entity.CourseModule;
import org.virtualcampus.learning.entity.Homework;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Finds a module's homework as one cohort sets it: when it is due and until when hand-ins are
 * accepted (the end of the cohort's last day in its zone, or its completion or cancellation).
 */
@ApplicationScoped
class Assignments {
  @Inject CohortAccess access;
  @Inject ModuleQueries modules;
  @Inject Clock clock;

  /** A module's homework in a cohort, with the times the cohort gives it. */
  record Assignment(
      CohortFacts cohort, CourseModule module, Homework homework, Instant dueAt, Instant closesAt) {

    boolean closed(Instant now) {
      return cohort.status().isOver() || !now.isBefore(closesAt);
    }
  }

  /** The homework an enrolled member works on; 404 for a module of another course. */
  Assignment forMember(String cohortId, String moduleId, Actor actor) {
    CohortStanding standing = access.standing(cohortId, actor);
    if (!standing.enrolled()) {
      throw new AccessDeniedException("Only members enrolled in the cohort hand in homework.");
    }
    return of(standing.cohort(), moduleId);
  }

  /** The homework of an open module, as its enrolled members see it. */
  Assignment openFor(String cohortId, String moduleId, Actor actor) {
    Assignment a = forMember(cohortId, moduleId, actor);
    if (clock
        .instant()
        .isBefore(a.module().release().opensAt(a.cohort().startsOn(), a.cohort().timeZone()))) {
      throw new ConflictException(
          "Not open yet", "This module is not open yet: its homework opens with it.");
    }
    return a;
  }

  /** As {@link #openFor}, for a change: the cohort must not be over either. */
  Assignment writableBy(String cohortId, String moduleId, Actor actor) {
    Assignment a = openFor(cohortId, moduleId, actor);
    Instant now = clock.instant();
    if (a.closed(now)) {
      throw new ConflictException(
          "Cohort ended", "The cohort has ended: homework is no longer accepted.");
    }
    return a;
  }

  Assignment of(CohortFacts cohort, String moduleId) {
    CourseModule module =
        modules
            .module(moduleId)
            .filter(m -> m.courseId().equals(cohort.courseId()))
            .orElseThrow(() -> new NotFoundException("Module", moduleId));
    Homework homework =
        modules
            .homeworkOf(module.id())
            .orElseThrow(() -> new NotFoundException("Homework of module", moduleId));
    Instant dueAt = homework.spec().dueAt(cohort.startsOn(), cohort.timeZone());
    Instant closesAt = cohort.endsOn().plusDays(1).atStartOfDay(cohort.timeZone()).toInstant();
    return new Assignment(cohort, module, homework, dueAt, closesAt);
  }

  /** The homework as participants see it, with its rubric. */
  HomeworkView view(Assignment a) {
    String rubricId = a.homework().spec().rubricId();
    RubricView rubric = modules.rubric(rubricId).map(RubricView::of).orElse(null);
    return HomeworkView.of(a.homework().spec(), a.dueAt(), rubric);
  }

  static Integer maxPoints(HomeworkView view) {
    return view.rubric() == null ? null : view.rubric().maxPoints();
  }
}
