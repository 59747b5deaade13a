package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortFacts;
import org.virtualcampus.enrollment.boundary.CohortStanding;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.control.ItemProgress;
import org.virtualcampus.learning.control.ModuleCompletion;
import org.virtualcampus.learning.control.ModuleCompletion.MemberCompletion;
import org.virtualcampus.learning.control.ModuleQueries;
import org.virtualcampus.learning.control.SubmissionQueries;
import org.virtualcampus.learning.entity.CourseModule;
import org.virtualcampus.learning.entity.HomeworkSpec;
import org.virtualcampus.learning.entity.ModuleItem;
import org.virtualcampus.learning.entity.Submission;
import org.virtualcampus.learning.entity.SubmissionState;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Working through a cohort's modules: which are open (by the cohort's calendar, in its time zone),
 * what is in them, and each participant's progress. A module counts as complete by the one rule of
 * {@link ModuleCompletion}: its items done and its homework handed in (or accepted).
 */
@ApplicationScoped
@Transactional
public class Learning {
  @Inject CohortAccess access;
  @Inject ModuleQueries queries;
  @Inject ItemProgress progress;
  @Inject ModuleCompletion completion;
  @Inject SubmissionQueries submissions;
  @Inject Courses courses;
  @Inject Clock clock;

  /**
   * The cohort's modules for the actor: enrolled members see open modules' items and their own
   * progress; the cohort's facilitators and coordinators also see what is not open yet.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CohortModules modules(String cohortId, Actor actor) {
    CohortStanding standing = access.requireParticipant(cohortId, actor);
    Set<String> done = standing.enrolled() ? progress.doneBy(actor.memberId(), cohortId) : Set.of();
    return build(standing.cohort(), done, standing.enrolled() ? actor.memberId() : null);
  }

  /** The course as an educator would see it, every module open, for its authors. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CohortModules preview(String courseId, Actor actor) {
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators and admins preview courses.");
    }
    courses.require(courseId);
    List<ModuleView> views = new ArrayList<>();
    List<CourseModule> modules = queries.modulesOf(courseId);
    Map<String, List<ModuleItem>> items = byModule(queries.itemsOf(courseId));
    Homework work = homeworkBy(courseId);
    int itemCount = 0;
    for (int i = 0; i < modules.size(); i++) {
      List<ModuleItem> mine = items.getOrDefault(modules.get(i).id(), List.of());
      itemCount += mine.size();
      views.add(
          view(
              modules.get(i),
              i + 1,
              null,
              true,
              mine,
              Set.of(),
              true,
              work.of(modules.get(i), null),
              Standing.NONE));
    }
    return new CohortModules(null, null, null, false, views, null, itemCount, 0, 0);
  }

  /** Marks an item of an open module done (or not); only enrolled members track progress. */
  public CohortModules markDone(String cohortId, String itemId, boolean done, Actor actor) {
    CohortStanding standing = access.requireParticipant(cohortId, actor);
    if (!standing.enrolled()) {
      throw new AccessDeniedException("Only members enrolled in the cohort track progress.");
    }
    CohortFacts cohort = standing.cohort();
    ModuleItem item = queries.item(itemId).orElseThrow(() -> new NotFoundException("Item", itemId));
    CourseModule module =
        queries
            .module(item.moduleId())
            .filter(m -> m.courseId().equals(cohort.courseId()))
            .orElseThrow(() -> new NotFoundException("Item", itemId));
    if (clock.instant().isBefore(opensAt(module, cohort))) {
      throw new ConflictException(
          "Not open yet", "This module is not open yet: items count once it opens.");
    }
    if (done) {
      progress.markDone(actor.memberId(), cohortId, itemId, clock.instant());
    } else {
      progress.markNotDone(actor.memberId(), cohortId, itemId);
    }
    return build(cohort, progress.doneBy(actor.memberId(), cohortId), actor.memberId());
  }

  /**
   * Enrolled members ({@code memberId} set) see open modules' items and where they stand; staff
   * also see what is not open yet.
   */
  private CohortModules build(CohortFacts cohort, Set<String> done, String memberId) {
    boolean enrolled = memberId != null;
    boolean showUnopened = !enrolled;
    Standing standing = enrolled ? standingOf(memberId, cohort) : Standing.NONE;
    Instant now = clock.instant();
    List<CourseModule> modules = queries.modulesOf(cohort.courseId());
    Map<String, List<ModuleItem>> items = byModule(queries.itemsOf(cohort.courseId()));
    Homework work = homeworkBy(cohort.courseId());
    List<ModuleView> views = new ArrayList<>();
    Instant next = null;
    int itemCount = 0;
    int doneCount = 0;
    for (int i = 0; i < modules.size(); i++) {
      CourseModule module = modules.get(i);
      Instant opensAt = opensAt(module, cohort);
      boolean open = !now.isBefore(opensAt);
      if (!open && (next == null || opensAt.isBefore(next))) {
        next = opensAt;
      }
      List<ModuleItem> mine = items.getOrDefault(module.id(), List.of());
      boolean shown = open || showUnopened;
      ModuleView view =
          view(
              module,
              i + 1,
              opensAt,
              open,
              mine,
              done,
              shown,
              shown ? work.of(module, cohort) : null,
              standing);
      itemCount += view.itemCount();
      doneCount += view.doneCount();
      views.add(view);
    }
    return new CohortModules(
        cohort.id(),
        cohort.name(),
        cohort.timeZone().getId(),
        enrolled,
        views,
        next,
        itemCount,
        doneCount,
        (int) views.stream().filter(ModuleView::complete).count());
  }

  /** Where a member stands: the completion rule's answer and their newest hand-ins. */
  private record Standing(MemberCompletion completion, Map<String, SubmissionState> homework) {
    static final Standing NONE = new Standing(new MemberCompletion(Set.of(), Set.of()), Map.of());
  }

  private Standing standingOf(String memberId, CohortFacts cohort) {
    Map<String, SubmissionState> newest = new HashMap<>();
    for (Submission s : submissions.ofMemberInCohort(cohort.id(), memberId)) {
      // newest first: the first of each module is the one that counts
      newest.putIfAbsent(
          s.moduleId(),
          s.released() || !s.state().reviewed() ? s.state() : SubmissionState.SUBMITTED);
    }
    return new Standing(completion.of(memberId, cohort.id(), cohort.courseId()), newest);
  }

  private static ModuleView view(
      CourseModule module,
      int number,
      Instant opensAt,
      boolean open,
      List<ModuleItem> items,
      Set<String> done,
      boolean showItems,
      HomeworkView homework,
      Standing standing) {
    int doneCount = (int) items.stream().filter(i -> done.contains(i.id())).count();
    return new ModuleView(
        module.id(),
        number,
        module.title(),
        module.summary(),
        opensAt,
        open,
        items.stream().mapToInt(ModuleItem::minutes).sum(),
        items.size(),
        doneCount,
        showItems
            ? items.stream().map(i -> ItemView.of(i, done.contains(i.id()))).toList()
            : List.of(),
        homework,
        homework == null ? null : standing.homework().get(module.id()),
        homework != null && standing.completion().homeworkDone().contains(module.id()),
        standing.completion().complete().contains(module.id()));
  }

  /** The course's homework and rubrics, read once for a whole page of modules. */
  private Homework homeworkBy(String courseId) {
    Map<String, HomeworkSpec> specs = new HashMap<>();
    queries.homeworksOf(courseId).forEach(h -> specs.put(h.moduleId(), h.spec()));
    Map<String, RubricView> rubrics = new HashMap<>();
    if (specs.values().stream().anyMatch(s -> s.rubricId() != null)) {
      queries.rubricsOf(courseId).forEach(r -> rubrics.put(r.id(), RubricView.of(r)));
    }
    return (module, cohort) -> {
      HomeworkSpec spec = specs.get(module.id());
      if (spec == null) {
        return null;
      }
      Instant dueAt = cohort == null ? null : spec.dueAt(cohort.startsOn(), cohort.timeZone());
      return HomeworkView.of(
          spec, dueAt, spec.rubricId() == null ? null : rubrics.get(spec.rubricId()));
    };
  }

  /** A module's homework as participants of the cohort see it (null cohort: a preview). */
  private interface Homework {
    HomeworkView of(CourseModule module, CohortFacts cohort);
  }

  private static Instant opensAt(CourseModule module, CohortFacts cohort) {
    return module.release().opensAt(cohort.startsOn(), cohort.timeZone());
  }

  private static Map<String, List<ModuleItem>> byModule(List<ModuleItem> items) {
    Map<String, List<ModuleItem>> byModule = new LinkedHashMap<>();
    for (ModuleItem item : items) {
      byModule.computeIfAbsent(item.moduleId(), k -> new ArrayList<>()).add(item);
    }
    return byModule;
  }
}
