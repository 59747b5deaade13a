package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.virtualcampus.enrollment.entity.Cohort;

/** What ending a cohort (cancelled or completed) does besides its status: telling its members. */
@ApplicationScoped
public class CohortEndings {
  @Inject EnrollmentQueries enrollments;
  @Inject SeatNotices notices;

  /** Tells every member with a place (waiting, offered or enrolled) that the cohort ended. */
  public void tellEveryoneWithAPlace(Cohort cohort) {
    for (MemberPlace place : enrollments.activePlaces(cohort.id())) {
      notices.cohortEnded(cohort, place.memberId());
    }
  }
}
