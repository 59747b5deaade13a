package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.course.entity.Course;
import org.virtualcampus.files.boundary.Files;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.control.ModuleQueries;
import org.virtualcampus.learning.control.SubmissionQueries;
import org.virtualcampus.learning.entity.CourseModule;
import org.virtualcampus.learning.entity.Homework;
import org.virtualcampus.learning.entity.HomeworkSpec;
import org.virtualcampus.learning.entity.ModuleItem;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Authoring a course's modules and their items (coordinators and admins): add, edit, move one place
 * up or down, remove, and copy a course with all its modules. Every change locks the module it
 * touches, so two authors' moves of the same list queue instead of mixing.
 */
@ApplicationScoped
@Transactional
public class CourseModules {
  private static final String BODY = "a request body is required";

  @PersistenceContext EntityManager em;
  @Inject ModuleQueries queries;
  @Inject SubmissionQueries submissions;
  @Inject Files files;
  @Inject Courses courses;
  @Inject Clock clock;

  /** The course's modules with everything their authors wrote, in order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ModuleOutline> outline(String courseId, Actor actor) {
    requireAuthor(actor);
    courses.require(courseId);
    Map<String, List<ModuleItem>> items = new LinkedHashMap<>();
    for (ModuleItem item : queries.itemsOf(courseId)) {
      items.computeIfAbsent(item.moduleId(), k -> new ArrayList<>()).add(item);
    }
    Map<String, HomeworkSpec> homework = new HashMap<>();
    queries.homeworksOf(courseId).forEach(h -> homework.put(h.moduleId(), h.spec()));
    List<CourseModule> modules = queries.modulesOf(courseId);
    List<ModuleOutline> outline = new ArrayList<>();
    for (int i = 0; i < modules.size(); i++) {
      CourseModule module = modules.get(i);
      outline.add(
          ModuleOutline.of(
              module,
              i + 1,
              items.getOrDefault(module.id(), List.of()),
              homework.get(module.id())));
    }
    return outline;
  }

  public ModuleOutline addModule(
      String courseId, @NotNull(message = BODY) @Valid ModuleForm form, Actor actor) {
    requireAuthor(actor);
    Course course = courses.requireLocked(courseId);
    int position = queries.modulesOf(course.id()).size() + 1;
    CourseModule module =
        new CourseModule(
            course.id(),
            position,
            form.getTitle(),
            form.getSummary(),
            form.release(),
            clock.instant());
    em.persist(module);
    em.flush();
    return ModuleOutline.of(module, position, List.of(), null);
  }

  public ModuleOutline editModule(
      String moduleId, @NotNull(message = BODY) @Valid ModuleForm form, Actor actor) {
    requireAuthor(actor);
    CourseModule module = lockedModule(moduleId);
    module.describe(form.getTitle(), form.getSummary(), form.release());
    em.flush();
    return outlineOf(module);
  }

  /** Moves the module one place; at either end it stays where it is. */
  public List<ModuleOutline> moveModule(
      String moduleId, @NotNull(message = BODY) @Valid Move move, Actor actor) {
    requireAuthor(actor);
    CourseModule module = lockedModule(moduleId);
    courses.requireLocked(module.courseId());
    List<CourseModule> modules = new ArrayList<>(queries.modulesOf(module.courseId()));
    swap(modules, modules.indexOf(module), move.getDirection());
    for (int i = 0; i < modules.size(); i++) {
      modules.get(i).placeAt(i + 1);
    }
    em.flush();
    return outline(module.courseId(), actor);
  }

  /** Removes the module with its items, homework and everyone's progress; answers what is left. */
  public List<ModuleOutline> removeModule(String moduleId, Actor actor) {
    requireAuthor(actor);
    CourseModule module = lockedModule(moduleId);
    queries.homeworkOf(module.id()).ifPresent(this::removeUnused);
    // Progress rows go with their items (item_done's foreign key deletes on cascade).
    List<String> media = new ArrayList<>();
    for (ModuleItem item : queries.itemsOfModule(module.id())) {
      if (item.mediaFileId() != null) {
        media.add(item.mediaFileId());
      }
      em.remove(item);
    }
    em.flush(); // homework and items before the module their rows refer to
    media.forEach(this::releaseMedia);
    em.remove(module);
    em.flush();
    return outline(module.courseId(), actor);
  }

  public ModuleOutline addItem(
      String moduleId, @NotNull(message = BODY) @Valid ItemForm form, Actor actor) {
    requireAuthor(actor);
    CourseModule module = lockedModule(moduleId);
    int position = queries.itemsOfModule(module.id()).size() + 1;
    em.persist(new ModuleItem(module.id(), position, form.content(false), clock.instant()));
    em.flush();
    return outlineOf(module);
  }

  public ModuleOutline editItem(
      String itemId, @NotNull(message = BODY) @Valid ItemForm form, Actor actor) {
    requireAuthor(actor);
    ModuleItem item = requireItem(itemId);
    CourseModule module = lockedModule(item.moduleId());
    String media = item.mediaFileId();
    item.describe(form.content(media != null));
    if (media != null && item.mediaFileId() == null) {
      releaseMedia(media);
    }
    em.flush();
    return outlineOf(module);
  }

  public ModuleOutline moveItem(
      String itemId, @NotNull(message = BODY) @Valid Move move, Actor actor) {
    requireAuthor(actor);
    ModuleItem item = requireItem(itemId);
    CourseModule module = lockedModule(item.moduleId());
    List<ModuleItem> items = new ArrayList<>(queries.itemsOfModule(module.id()));
    swap(items, items.indexOf(item), move.getDirection());
    for (int i = 0; i < items.size(); i++) {
      items.get(i).placeAt(i + 1);
    }
    em.flush();
    return outlineOf(module);
  }

  public ModuleOutline removeItem(String itemId, Actor actor) {
    requireAuthor(actor);
    ModuleItem item = requireItem(itemId);
    CourseModule module = lockedModule(item.moduleId());
    em.remove(item);
    em.flush();
    if (item.mediaFileId() != null) {
      releaseMedia(item.mediaFileId());
    }
    return outlineOf(module);
  }

  /** The item plays this stored file from now on (none: null); the one before is let go. */
  public ModuleOutline playMedia(String itemId, String fileId, Actor actor) {
    requireAuthor(actor);
    ModuleItem item = requireItem(itemId);
    CourseModule module = lockedModule(item.moduleId());
    String before = item.playMedia(fileId);
    if (fileId != null) {
      files.claim(List.of(fileId));
    }
    if (before != null && !before.equals(fileId)) {
      releaseMedia(before);
    }
    em.flush();
    return outlineOf(module);
  }

  /** A media file no item plays any more is left to the storage cleanup. */
  void releaseMedia(String fileId) {
    em.flush();
    if (queries.itemsPlaying(fileId) == 0) {
      files.unclaim(List.of(fileId));
    }
  }

  /** Homework someone has written for stays: their work and its feedback would go with it. */
  void removeUnused(Homework homework) {
    if (submissions.anyFor(homework.id())) {
      throw new ConflictException(
          "Homework in use",
          "Educators have handed in or started this homework; it can be changed but not removed.");
    }
    em.remove(homework);
  }

  ModuleOutline outlineOf(CourseModule module) {
    List<CourseModule> modules = queries.modulesOf(module.courseId());
    return ModuleOutline.of(
        module,
        modules.indexOf(module) + 1,
        queries.itemsOfModule(module.id()),
        queries.homeworkOf(module.id()).map(Homework::spec).orElse(null));
  }

  private static <T> void swap(List<T> list, int index, Move.Direction direction) {
    int other = direction == Move.Direction.UP ? index - 1 : index + 1;
    if (index >= 0 && other >= 0 && other < list.size()) {
      T moved = list.get(index);
      list.set(index, list.get(other));
      list.set(other, moved);
    }
  }

  CourseModule lockedModule(String moduleId) {
    return queries
        .lockedModule(moduleId)
        .orElseThrow(() -> new NotFoundException("Module", moduleId));
  }

  private ModuleItem requireItem(String itemId) {
    return queries.item(itemId).orElseThrow(() -> new NotFoundException("Item", itemId));
  }

  static void requireAuthor(Actor actor) {
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators and admins write course modules.");
    }
  }
}
