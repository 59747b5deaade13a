package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.virtualcampus.learning.boundary.Assignments.Assignment;
import org.virtualcampus.learning.entity.Submission;
import org.virtualcampus.learning.entity.SubmissionState;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.Params;

/** Tells an educator their feedback is there to read, in the caller's transaction. */
@ApplicationScoped
class ReviewNotices {
  @Inject Notifications notifications;

  void released(Submission s, Assignment a) {
    notifications.queue(
        NotificationKind.FEEDBACK_RELEASED,
        s.memberId(),
        Params.empty()
            .with("cohortId", a.cohort().id())
            .with("cohortName", a.cohort().name())
            .with("moduleTitle", a.module().title())
            .with("version", s.number())
            .with("accepted", s.state() == SubmissionState.ACCEPTED ? 1 : 0));
  }
}
