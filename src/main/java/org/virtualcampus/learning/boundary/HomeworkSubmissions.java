package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.files.boundary.FileRules;
import org.virtualcampus.files.boundary.Files;
import org.virtualcampus.files.boundary.StoredFileView;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.boundary.Assignments.Assignment;
import org.virtualcampus.learning.control.SubmissionQueries;
import org.virtualcampus.learning.entity.HomeworkSpec;
import org.virtualcampus.learning.entity.Submission;
import org.virtualcampus.learning.entity.SubmissionState;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Homework as educators hand it in: a draft saved as they write, attachments, handing in (late
 * after the due time, accepted until the cohort ends), and after a released revision request a new
 * version that starts from the last one. Earlier versions and their feedback stay readable.
 */
@ApplicationScoped
@Transactional
public class HomeworkSubmissions {
  @PersistenceContext EntityManager em;
  @Inject Assignments assignments;
  @Inject SubmissionQueries submissions;
  @Inject Attachments attachments;
  @Inject Drafts drafts;
  @Inject Files files;
  @Inject CohortAccess access;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public MyHomework mine(String cohortId, String moduleId, Actor actor) {
    return view(assignments.openFor(cohortId, moduleId, actor), actor.memberId());
  }

  /** Saves the draft's text, starting the draft (or the next version) when there is none. */
  public MyHomework saveDraft(
      String cohortId,
      String moduleId,
      @NotNull(message = "a request body is required") @Valid DraftForm form,
      Actor actor) {
    Assignment a = assignments.writableBy(cohortId, moduleId, actor);
    drafts.draftOf(a, actor.memberId()).saveDraft(form.getText(), clock.instant());
    em.flush();
    return view(a, actor.memberId());
  }

  /**
   * Streams a file into storage (413 and 415 by the homework's size and types, checked on the
   * content) and puts it on the draft. No transaction holds a connection during the upload: the
   * file is stored first and attached afterwards, in a transaction of its own; a file whose attach
   * fails stays unclaimed and the storage cleanup removes it.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public MyHomework attach(
      String cohortId,
      String moduleId,
      InputStream body,
      String fileName,
      long declaredLength,
      Actor actor) {
    Assignment a = assignments.writableBy(cohortId, moduleId, actor);
    HomeworkSpec spec = a.homework().spec();
    if (!spec.expectsFiles()) {
      throw new ConflictException("No files", "This homework asks for a written answer only.");
    }
    if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
      throw new InvalidInputException("filename", "name the file (at most 255 characters)");
    }
    StoredFileView stored =
        files.store(
            body,
            fileName.strip(),
            new FileRules(spec.maxFileMb() * 1024L * 1024L, spec.fileTypes()),
            actor.memberId(),
            declaredLength);
    drafts.attach(a, actor.memberId(), stored);
    return view(a, actor.memberId());
  }

  /** Takes a file off the draft; 404 when the draft has no such file. */
  public MyHomework detach(String cohortId, String moduleId, String fileId, Actor actor) {
    Assignment a = assignments.writableBy(cohortId, moduleId, actor);
    if (!drafts.detach(a, actor.memberId(), fileId)) {
      throw new NotFoundException("File", fileId);
    }
    return view(a, actor.memberId());
  }

  /** Hands the draft in; 409 when there is nothing to hand in or it was handed in already. */
  public MyHomework submit(String cohortId, String moduleId, Actor actor) {
    Assignment a = assignments.writableBy(cohortId, moduleId, actor);
    Submission newest =
        submissions
            .newestLocked(a.homework().id(), cohortId, actor.memberId())
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Nothing to hand in", "Write your answer or attach a file first."));
    requireContent(a.homework().spec(), newest);
    newest.submit(clock.instant(), a.dueAt(), reviewerFor(cohortId));
    em.flush();
    return view(a, actor.memberId());
  }

  private void requireContent(HomeworkSpec spec, Submission draft) {
    boolean text = draft.body() != null && !draft.body().isBlank();
    boolean files = attachments.countOf(draft.id()) > 0;
    if (spec.expectsText() && !spec.expectsFiles() && !text) {
      throw new ConflictException("Text missing", "This homework asks for a written answer.");
    }
    if (spec.expectsFiles() && !spec.expectsText() && !files) {
      throw new ConflictException("File missing", "This homework asks for at least one file.");
    }
    if (!text && !files) {
      throw new ConflictException(
          "Nothing to hand in", "Write your answer or attach a file first.");
    }
  }

  /** The last reviewer stays; a first hand-in goes to the cohort's least busy facilitator. */
  private String reviewerFor(String cohortId) {
    List<String> facilitators = access.facilitatorIds(cohortId);
    if (facilitators.isEmpty()) {
      return null;
    }
    Map<String, Long> load = submissions.waitingByReviewer(cohortId);
    return facilitators.stream()
        .min(Comparator.comparing((String id) -> load.getOrDefault(id, 0L)))
        .orElseThrow();
  }

  MyHomework view(Assignment a, String memberId) {
    HomeworkView homework = assignments.view(a);
    Integer maxPoints = Assignments.maxPoints(homework);
    List<Submission> versions = submissions.versions(a.homework().id(), a.cohort().id(), memberId);
    Map<String, List<AttachmentView>> files =
        attachments.of(versions.stream().map(Submission::id).toList());
    List<VersionView> views =
        versions.stream()
            .map(s -> VersionView.forMember(s, files.getOrDefault(s.id(), List.of()), maxPoints))
            .toList();
    Submission newest = versions.isEmpty() ? null : versions.get(0);
    boolean closed = a.closed(clock.instant());
    boolean writable =
        !closed
            && (newest == null
                || newest.state() == SubmissionState.DRAFT
                || (newest.state() == SubmissionState.REVISION_REQUESTED && newest.released()));
    return new MyHomework(
        a.cohort().id(),
        a.module().id(),
        a.module().title(),
        homework,
        views.isEmpty() ? null : views.get(0),
        views.size() > 1 ? List.copyOf(views.subList(1, views.size())) : List.of(),
        writable,
        a.closesAt(),
        closed);
  }
}
