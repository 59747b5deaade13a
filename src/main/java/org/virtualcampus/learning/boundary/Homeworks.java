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
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.control.ModuleQueries;
import org.virtualcampus.learning.entity.CourseLearning;
import org.virtualcampus.learning.entity.CourseModule;
import org.virtualcampus.learning.entity.Homework;
import org.virtualcampus.learning.entity.HomeworkCompletion;
import org.virtualcampus.learning.entity.HomeworkSpec;
import org.virtualcampus.learning.entity.Rubric;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Homework and rubrics as coordinators write them: at most one homework per module (instructions,
 * due day and time, text and/or files, file types and size, a rubric of the same course), and the
 * course's rubrics, each usable by any of its modules.
 */
@ApplicationScoped
@Transactional
public class Homeworks {
  private static final String BODY = "a request body is required";

  @PersistenceContext EntityManager em;
  @Inject ModuleQueries queries;
  @Inject CourseModules modules;
  @Inject Courses courses;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RubricView> rubrics(String courseId, Actor actor) {
    CourseModules.requireAuthor(actor);
    courses.require(courseId);
    return queries.rubricsOf(courseId).stream().map(RubricView::of).toList();
  }

  public RubricView createRubric(
      String courseId, @NotNull(message = BODY) @Valid RubricForm form, Actor actor) {
    CourseModules.requireAuthor(actor);
    courses.require(courseId);
    Rubric rubric = new Rubric(courseId, form.getTitle(), form.grid(), clock.instant());
    em.persist(rubric);
    em.flush();
    return RubricView.of(rubric);
  }

  public RubricView editRubric(
      String rubricId, @NotNull(message = BODY) @Valid RubricForm form, Actor actor) {
    CourseModules.requireAuthor(actor);
    Rubric rubric =
        queries.rubric(rubricId).orElseThrow(() -> new NotFoundException("Rubric", rubricId));
    rubric.describe(form.getTitle(), form.grid());
    em.flush();
    return RubricView.of(rubric);
  }

  /** When homework counts towards completing a module, for one course. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LearningSettings settings(String courseId, Actor actor) {
    CourseModules.requireAuthor(actor);
    courses.require(courseId);
    return new LearningSettings(
        queries
            .learningOf(courseId)
            .map(CourseLearning::homeworkCompletion)
            .orElse(HomeworkCompletion.SUBMITTED));
  }

  public LearningSettings changeSettings(
      String courseId, @NotNull(message = BODY) @Valid LearningSettings settings, Actor actor) {
    CourseModules.requireAuthor(actor);
    courses.requireLocked(courseId);
    queries
        .learningOf(courseId)
        .ifPresentOrElse(
            l -> l.countHomeworkWhen(settings.homeworkCompletion()),
            () -> em.persist(new CourseLearning(courseId, settings.homeworkCompletion())));
    em.flush();
    return settings;
  }

  /** Gives the module its homework, or changes the one it has. */
  public ModuleOutline defineHomework(
      String moduleId, @NotNull(message = BODY) @Valid HomeworkForm form, Actor actor) {
    CourseModules.requireAuthor(actor);
    CourseModule module = modules.lockedModule(moduleId);
    HomeworkSpec spec = form.spec();
    if (spec.rubricId() != null
        && queries
            .rubric(spec.rubricId())
            .filter(r -> r.courseId().equals(module.courseId()))
            .isEmpty()) {
      throw new InvalidInputException("rubricId", "no rubric of this course has that id");
    }
    queries
        .homeworkOf(module.id())
        .ifPresentOrElse(
            h -> h.describe(spec),
            () -> em.persist(new Homework(module.id(), spec, clock.instant())));
    em.flush();
    return modules.outlineOf(module);
  }

  public ModuleOutline removeHomework(String moduleId, Actor actor) {
    CourseModules.requireAuthor(actor);
    CourseModule module = modules.lockedModule(moduleId);
    queries.homeworkOf(module.id()).ifPresent(modules::removeUnused);
    em.flush();
    return modules.outlineOf(module);
  }
}
