package org.virtualcampus.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.virtualcampus.learning.entity.CourseLearning;
import org.virtualcampus.learning.entity.CourseModule;
import org.virtualcampus.learning.entity.Homework;
import org.virtualcampus.learning.entity.ModuleItem;
import org.virtualcampus.learning.entity.Rubric;
import org.virtualcampus.learning.entity.ScenarioVariant;

/** Reads a course's modules and items, in their order; callers hold the transaction. */
@ApplicationScoped
public class ModuleQueries {
  @PersistenceContext EntityManager em;

  public List<CourseModule> modulesOf(String courseId) {
    return em.createQuery(
            "select m from CourseModule m where m.courseId = :course order by m.position, m.id",
            CourseModule.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  /** Every item of the course's modules in one statement, each module's in order. */
  public List<ModuleItem> itemsOf(String courseId) {
    return em.createQuery(
            "select i from ModuleItem i, CourseModule m where m.id = i.moduleId"
                + " and m.courseId = :course order by i.position, i.id",
            ModuleItem.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  public List<ModuleItem> itemsOfModule(String moduleId) {
    return em.createQuery(
            "select i from ModuleItem i where i.moduleId = :module order by i.position, i.id",
            ModuleItem.class)
        .setParameter("module", moduleId)
        .getResultList();
  }

  public Optional<CourseModule> module(String id) {
    return Optional.ofNullable(id == null ? null : em.find(CourseModule.class, id));
  }

  /** The module locked for a change of it or of its items, so that edits of one course queue. */
  public Optional<CourseModule> lockedModule(String id) {
    return Optional.ofNullable(
        id == null ? null : em.find(CourseModule.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public List<Rubric> rubricsOf(String courseId) {
    return em.createQuery(
            "select r from Rubric r where r.courseId = :course order by r.title, r.id",
            Rubric.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  public Optional<Rubric> rubric(String id) {
    return Optional.ofNullable(id == null ? null : em.find(Rubric.class, id));
  }

  /** The homework of each of the course's modules that has one, in one statement. */
  public List<Homework> homeworksOf(String courseId) {
    return em.createQuery(
            "select h from Homework h, CourseModule m where m.id = h.moduleId and m.courseId = :course",
            Homework.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  public Optional<Homework> homeworkOf(String moduleId) {
    return em.createQuery("select h from Homework h where h.moduleId = :module", Homework.class)
        .setParameter("module", moduleId)
        .getResultStream()
        .findFirst();
  }

  public Optional<CourseLearning> learningOf(String courseId) {
    return Optional.ofNullable(courseId == null ? null : em.find(CourseLearning.class, courseId));
  }

  /** How many items play a stored file (copies of a course share their media). */
  public long itemsPlaying(String fileId) {
    return em.createQuery(
            "select count(i) from ModuleItem i where i.mediaFileId = :file", Long.class)
        .setParameter("file", fileId)
        .getSingleResult();
  }

  /** Whether a participant of the course's cohorts may read the file: it plays in a module item. */
  public List<String> coursesPlaying(String fileId) {
    return em.createQuery(
            "select distinct m.courseId from ModuleItem i, CourseModule m"
                + " where m.id = i.moduleId and i.mediaFileId = :file",
            String.class)
        .setParameter("file", fileId)
        .getResultList();
  }

  public Optional<ModuleItem> item(String id) {
    return Optional.ofNullable(id == null ? null : em.find(ModuleItem.class, id));
  }

  /** The item's scenario variants, in the order their author wrote them. */
  public List<ScenarioVariant> variantsOf(String itemId) {
    return em.createQuery(
            "select v from ScenarioVariant v where v.itemId = :item order by v.position, v.id",
            ScenarioVariant.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  /** Every scenario variant of the course's items in one statement. */
  public List<ScenarioVariant> variantsOfCourse(String courseId) {
    return em.createQuery(
            "select v from ScenarioVariant v, ModuleItem i, CourseModule m where i.id = v.itemId"
                + " and m.id = i.moduleId and m.courseId = :course order by v.position, v.id",
            ScenarioVariant.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  /** Takes every variant of the item away at once, so new ones can take their pairings. */
  public void removeVariantsOf(String itemId) {
    em.createQuery("delete from ScenarioVariant v where v.itemId = :item")
        .setParameter("item", itemId)
        .executeUpdate();
  }
}
