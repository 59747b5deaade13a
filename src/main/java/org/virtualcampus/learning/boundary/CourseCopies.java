package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.virtualcampus.course.boundary.CourseForm;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.course.entity.Course;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.control.ModuleQueries;
import org.virtualcampus.learning.entity.CourseLearning;
import org.virtualcampus.learning.entity.CourseModule;
import org.virtualcampus.learning.entity.Homework;
import org.virtualcampus.learning.entity.ModuleItem;
import org.virtualcampus.learning.entity.Rubric;
import org.virtualcampus.learning.entity.ScenarioVariant;

/** Copies a course with everything its authors wrote (coordinators and admins). */
@ApplicationScoped
@Transactional
public class CourseCopies {
  private static final String BODY = "a request body is required";

  @PersistenceContext EntityManager em;
  @Inject ModuleQueries queries;
  @Inject Courses courses;
  @Inject Clock clock;

  /**
   * A new course with the title given and the original's summary, weeks and weekly hours, with
   * copies of all its modules, items (with their scenario variants), rubrics and homework; cohorts
   * and progress stay with the original.
   */
  public Course copyCourse(
      String courseId, @NotNull(message = BODY) @Valid CourseCopyForm form, Actor actor) {
    CourseModules.requireAuthor(actor);
    Course original = courses.require(courseId);
    CourseForm copy =
        new CourseForm(
            form.getTitle(), original.summary(), original.weeks(), original.weeklyHours());
    Course created = courses.create(copy);
    Map<String, String> moduleCopies = new LinkedHashMap<>();
    for (CourseModule module : queries.modulesOf(original.id())) {
      CourseModule moduleCopy = module.copyInto(created.id(), clock.instant());
      em.persist(moduleCopy);
      moduleCopies.put(module.id(), moduleCopy.id());
    }
    Map<String, String> itemCopies = new HashMap<>();
    for (ModuleItem item : queries.itemsOf(original.id())) {
      ModuleItem itemCopy = item.copyInto(moduleCopies.get(item.moduleId()), clock.instant());
      em.persist(itemCopy);
      itemCopies.put(item.id(), itemCopy.id());
    }
    Map<String, String> rubricCopies = new HashMap<>();
    for (Rubric rubric : queries.rubricsOf(original.id())) {
      Rubric rubricCopy = rubric.copyInto(created.id(), clock.instant());
      em.persist(rubricCopy);
      rubricCopies.put(rubric.id(), rubricCopy.id());
    }
    em.flush(); // modules, items and rubrics first: homework and variant rows refer to them
    for (Homework homework : queries.homeworksOf(original.id())) {
      em.persist(
          homework.copyInto(
              moduleCopies.get(homework.moduleId()),
              rubricCopies.get(homework.spec().rubricId()),
              clock.instant()));
    }
    for (ScenarioVariant variant : queries.variantsOfCourse(original.id())) {
      em.persist(variant.copyInto(itemCopies.get(variant.itemId()), clock.instant()));
    }
    queries
        .learningOf(original.id())
        .ifPresent(l -> em.persist(new CourseLearning(created.id(), l.homeworkCompletion())));
    return created;
  }
}
