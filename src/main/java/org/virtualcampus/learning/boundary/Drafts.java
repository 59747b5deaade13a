package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.virtualcampus.files.boundary.StoredFileView;
import org.virtualcampus.learning.boundary.Assignments.Assignment;
import org.virtualcampus.learning.control.SubmissionQueries;
import org.virtualcampus.learning.entity.Submission;
import org.virtualcampus.learning.entity.SubmissionState;
import org.virtualcampus.platform.error.ConflictException;

/** The version an educator is writing, found or started under the lock of the newest version. */
@ApplicationScoped
@Transactional
class Drafts {
  @PersistenceContext EntityManager em;
  @Inject SubmissionQueries submissions;
  @Inject Attachments attachments;
  @Inject Clock clock;

  /**
   * The draft, or a new one when there is none yet or the last version came back with a released
   * revision request (409 otherwise: it waits for feedback, or it is accepted).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Submission draftOf(Assignment a, String memberId) {
    Instant now = clock.instant();
    var newest = submissions.newestLocked(a.homework().id(), a.cohort().id(), memberId);
    if (newest.isEmpty()) {
      Submission first = Submission.firstDraft(a.homework(), a.cohort().id(), memberId, now);
      em.persist(first);
      em.flush();
      return first;
    }
    Submission last = newest.get();
    if (last.state() == SubmissionState.DRAFT) {
      return last;
    }
    Submission next = last.nextVersion(now);
    em.persist(next);
    em.flush();
    attachments.carryOver(last.id(), next.id());
    return next;
  }

  /** Puts a stored file on the draft (in a transaction of its own, after the upload). */
  void attach(Assignment a, String memberId, StoredFileView file) {
    Submission draft = draftOf(a, memberId);
    if (attachments.countOf(draft.id()) >= Attachments.MAX_FILES) {
      throw new ConflictException(
          "Too many files", "A hand-in carries at most " + Attachments.MAX_FILES + " files.");
    }
    attachments.attach(draft.id(), file);
    draft.saveDraft(draft.body(), clock.instant());
    em.flush();
  }

  /** Takes a file off the draft; 409 when there is no draft, false when it has no such file. */
  boolean detach(Assignment a, String memberId, String fileId) {
    Submission newest =
        submissions
            .newestLocked(a.homework().id(), a.cohort().id(), memberId)
            .filter(s -> s.state() == SubmissionState.DRAFT)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "No draft", "Only files of a version not yet handed in can be removed."));
    boolean removed = attachments.detach(newest.id(), fileId);
    if (removed) {
      newest.saveDraft(newest.body(), clock.instant());
      em.flush();
    }
    return removed;
  }
}
