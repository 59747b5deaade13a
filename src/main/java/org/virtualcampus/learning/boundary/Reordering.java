package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.control.ModuleQueries;
import org.virtualcampus.learning.entity.CourseModule;
import org.virtualcampus.learning.entity.ModuleItem;
import org.virtualcampus.platform.error.ConflictException;

/**
 * Puts a course's modules, or a module's items, in a new order at once (what dragging them on the
 * course page sends). The order must name exactly the list as it is now: one someone else changed
 * meanwhile is refused (409) rather than guessed at.
 */
@ApplicationScoped
@Transactional
public class Reordering {
  private static final String BODY = "a request body is required";

  @PersistenceContext EntityManager em;
  @Inject ModuleQueries queries;
  @Inject CourseModules modules;
  @Inject Courses courses;

  public List<ModuleOutline> modules(
      String courseId, @NotNull(message = BODY) @Valid Order order, Actor actor) {
    CourseModules.requireAuthor(actor);
    courses.requireLocked(courseId);
    List<CourseModule> arranged =
        arrange(queries.modulesOf(courseId), order.getIds(), CourseModule::id, "modules");
    for (int i = 0; i < arranged.size(); i++) {
      arranged.get(i).placeAt(i + 1);
    }
    em.flush();
    return modules.outline(courseId, actor);
  }

  public ModuleOutline items(
      String moduleId, @NotNull(message = BODY) @Valid Order order, Actor actor) {
    CourseModules.requireAuthor(actor);
    CourseModule module = modules.lockedModule(moduleId);
    List<ModuleItem> arranged =
        arrange(queries.itemsOfModule(module.id()), order.getIds(), ModuleItem::id, "items");
    for (int i = 0; i < arranged.size(); i++) {
      arranged.get(i).placeAt(i + 1);
    }
    em.flush();
    return modules.outlineOf(module);
  }

  private static <T> List<T> arrange(
      List<T> current, List<String> ids, Function<T, String> idOf, String what) {
    Map<String, T> byId = new HashMap<>();
    current.forEach(t -> byId.put(idOf.apply(t), t));
    if (ids.size() != current.size()
        || new HashSet<>(ids).size() != ids.size()
        || !byId.keySet().containsAll(ids)) {
      throw new ConflictException(
          "List changed",
          "The "
              + what
              + " changed while you arranged them (there are "
              + current.size()
              + " now). Nothing was moved; look at the list again and arrange it anew.");
    }
    List<T> arranged = new ArrayList<>();
    ids.forEach(id -> arranged.add(byId.get(id)));
    return arranged;
  }
}
