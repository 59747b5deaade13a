package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortStanding;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.boundary.Assignments.Assignment;
import org.virtualcampus.learning.control.SubmissionQueries;
import org.virtualcampus.learning.entity.ReviewCategory;
import org.virtualcampus.learning.entity.Submission;
import org.virtualcampus.learning.entity.SubmissionState;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.paging.PageRequest;

/**
 * Feedback on homework, as the cohort's facilitators give it: a queue in piles (waiting, late,
 * revised, to release), rubric scores and comments with a decision, released one at a time or all
 * at once, after which the educator is notified. Coordinators also hand reviews to another
 * facilitator. Someone with no part in the cohort's staff learns nothing: 404.
 */
@ApplicationScoped
@Transactional
public class Reviews {
  private static final String BODY = "a request body is required";

  @PersistenceContext EntityManager em;
  @Inject CohortAccess access;
  @Inject SubmissionQueries submissions;
  @Inject Assignments assignments;
  @Inject ReviewViews views;
  @Inject ReviewNotices notices;
  @Inject Clock clock;

  /** One pile of the cohort's queue; {@code mine}: only the caller's reviews. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReviewQueue queue(
      String cohortId, ReviewCategory category, boolean mine, PageRequest paging, Actor actor) {
    CohortStanding standing = access.requireRosterReader(cohortId, actor);
    String reviewer = mine ? actor.memberId() : null;
    ReviewCategory pile = category == null ? ReviewCategory.WAITING : category;
    Map<ReviewCategory, Long> counts = submissions.counts(cohortId, reviewer);
    var page = submissions.queue(cohortId, reviewer, pile, paging);
    return new ReviewQueue(
        cohortId,
        standing.cohort().name(),
        pile,
        mine,
        counts.get(ReviewCategory.WAITING),
        counts.get(ReviewCategory.LATE),
        counts.get(ReviewCategory.REVISED),
        counts.get(ReviewCategory.TO_RELEASE),
        counts.get(ReviewCategory.RELEASED),
        views.rows(standing.cohort().courseId(), page.items()),
        page.page(),
        page.size(),
        page.total());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SubmissionReview submission(String submissionId, Actor actor) {
    Submission s = staffRead(submissionId, actor, false);
    return views.review(s, assignment(s));
  }

  /** Scores and decides; the educator sees it once released. */
  public SubmissionReview review(
      String submissionId, @NotNull(message = BODY) @Valid ReviewForm form, Actor actor) {
    Submission s = staffRead(submissionId, actor, true);
    Assignment a = assignment(s);
    HomeworkView homework = assignments.view(a);
    SubmissionState decision = form.decision();
    s.review(
        form.scoresOn(homework.rubric() == null ? null : homework.rubric().grid()),
        form.getComments(),
        decision,
        actor.memberId(),
        clock.instant());
    em.flush();
    return views.review(s, a);
  }

  /** Releases one review; 409 when it is not reviewed yet or released already. */
  public SubmissionReview release(String submissionId, Actor actor) {
    Submission s = staffRead(submissionId, actor, true);
    Assignment a = assignment(s);
    if (!s.release(clock.instant())) {
      throw new ConflictException(
          "Nothing to release",
          s.released()
              ? "This feedback has been released already."
              : "Score and decide before releasing.");
    }
    notices.released(s, a);
    em.flush();
    return views.review(s, a);
  }

  /**
   * Releases every reviewed, unreleased hand-in of the cohort (only the caller's: {@code mine}).
   */
  public int releaseAll(String cohortId, boolean mine, Actor actor) {
    CohortStanding standing = access.requireRosterReader(cohortId, actor);
    List<Submission> ready = submissions.toRelease(cohortId, mine ? actor.memberId() : null);
    int released = 0;
    for (Submission s : ready) {
      if (s.release(clock.instant())) {
        notices.released(s, assignments.of(standing.cohort(), s.moduleId()));
        released++;
      }
    }
    em.flush();
    return released;
  }

  /** Coordinators give a review to another facilitator of the cohort. */
  public SubmissionReview reassign(
      String submissionId, @NotNull(message = BODY) @Valid Reassignment to, Actor actor) {
    Submission s = staffRead(submissionId, actor, true);
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators reassign reviews.");
    }
    if (!access.facilitatorIds(s.cohortId()).contains(to.getReviewerId())) {
      throw new InvalidInputException("reviewerId", "not a facilitator of this cohort");
    }
    s.reassign(to.getReviewerId());
    em.flush();
    return views.review(s, assignment(s));
  }

  /**
   * A hand-in the actor reviews: the cohort's facilitators and coordinators. Drafts are the
   * educator's own; to everyone else they, like anything of another cohort, are not there.
   */
  private Submission staffRead(String submissionId, Actor actor, boolean lock) {
    Submission s =
        (lock ? submissions.findLocked(submissionId) : submissions.find(submissionId))
            .filter(found -> found.state() != SubmissionState.DRAFT)
            .orElseThrow(() -> new NotFoundException("Submission", submissionId));
    CohortStanding standing = access.standing(s.cohortId(), actor);
    if (!standing.readsRoster()) {
      throw new NotFoundException("Submission", submissionId);
    }
    return s;
  }

  private Assignment assignment(Submission s) {
    return assignments.of(access.facts(s.cohortId()), s.moduleId());
  }
}
