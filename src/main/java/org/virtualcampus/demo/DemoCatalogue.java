package org.virtualcampus.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.virtualcampus.course.boundary.CourseForm;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.course.entity.Course;
import org.virtualcampus.enrollment.boundary.CohortForm;
import org.virtualcampus.enrollment.boundary.Cohorts;
import org.virtualcampus.enrollment.boundary.Places;
import org.virtualcampus.enrollment.boundary.SeatRequests;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Role;

/**
 * The demo course and its open cohort, filled the way the pilot went: forty educators hold seats,
 * fifteen wait, and five (educator01–05) have not asked yet, so a visitor can try every step.
 */
@ApplicationScoped
public class DemoCatalogue {
  @Inject Courses courses;
  @Inject Cohorts cohorts;
  @Inject SeatRequests seatRequests;
  @Inject Places places;
  @Inject Clock clock;
  @Inject DemoModules modules;
  @Inject org.virtualcampus.session.boundary.Sessions sessions;

  void seed(Member coordinator, List<Member> facilitators, List<Member> educators) {
    Course course =
        courses.create(
            new CourseForm(
                "Feedback Conversations",
                "Five weeks of practice in giving and receiving feedback across professions: readings, podcasts,"
                    + " weekly homework and live role-play sessions in interprofessional triads.",
                5,
                6));
    Actor actor = new Actor(coordinator.id(), EnumSet.of(Role.COORDINATOR));
    modules.seed(course.id(), actor);
    CohortForm form = new CohortForm();
    form.setCourseId(course.id());
    form.setName("Feedback Conversations — Spring cohort");
    form.setCapacity(40);
    form.setInterestOpensAt(clock.instant().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC));
    form.setInterestClosesAt(clock.instant().plus(Duration.ofDays(45)).atOffset(ZoneOffset.UTC));
    LocalDate start = LocalDate.now(clock).plusWeeks(7);
    form.setStartsOn(start);
    form.setEndsOn(start.plusWeeks(5).minusDays(1));
    form.setTimeZone("America/Chicago");
    form.setAdmission("OPEN_TO_COMMUNITY");
    form.setSeatPolicy("OFFER");
    form.setOfferHold("PT72H");
    form.setProfessionCapPercent(40);
    form.setFacilitatorIds(facilitators.stream().map(Member::id).toList());
    Cohort cohort = cohorts.create(form, actor);
    cohorts.changeStatus(cohort.id(), "OPEN", actor);
    scheduleWeeklyPractice(cohort.id(), start, actor);
    for (Member educator : educators.subList(5, educators.size())) {
      Enrollment e = seatRequests.requestSeat(cohort.id(), educator.id(), EnrollmentSource.REQUEST);
      if (e.status() == EnrollmentStatus.OFFERED) {
        places.accept(e.id(), new Actor(educator.id(), educator.roles()));
      }
    }
  }

  /** The pilot met once a week for 90 minutes, with a practice block in triads. */
  private void scheduleWeeklyPractice(String cohortId, LocalDate start, Actor actor) {
    org.virtualcampus.session.boundary.SessionForm session =
        new org.virtualcampus.session.boundary.SessionForm();
    session.setKind(org.virtualcampus.session.entity.SessionKind.PEER_FEEDBACK);
    session.setTitle("Live practice: feedback conversations in triads");
    session.setStartsAt(start.plusDays(2).atTime(18, 0).toString());
    session.setMinutes(90);
    session.setWeeks(5);
    session.setJoinUrl("https://meet.example.org/feedback-course");
    session.setDescription(
        "Each week: a short input, then role play in groups of three (giver, receiver, observer)"
            + " with the week's scenario, and feedback on the feedback.");
    sessions.schedule(cohortId, session, actor);
  }
}
