package org.virtualcampus.course.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.virtualcampus.course.entity.Course;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.paging.PagedQuery;
import org.virtualcampus.platform.persistence.Like;

/** Creating, editing and listing courses. */
@ApplicationScoped
@Transactional
public class Courses {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public Course create(@NotNull(message = "a request body is required") @Valid CourseForm form) {
    Course course =
        new Course(
            form.getTitle(),
            form.getSummary(),
            form.getWeeks(),
            form.getWeeklyHours(),
            clock.instant());
    em.persist(course);
    em.flush(); // written now, so that a lock on it later in the same transaction finds the row
    return course;
  }

  /**
   * Edits a course made on the version the editor read; a stale edit is refused (409) with what
   * changed meanwhile, and an edit without a version is refused (400).
   */
  public Course update(
      @NotNull String id, @NotNull(message = "a request body is required") @Valid CourseForm form) {
    if (form.getVersion() == null) {
      throw new InvalidInputException(
          "version", "version is required: send the version of the course you read");
    }
    Course course = id == null ? null : em.find(Course.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (course == null) {
      throw new NotFoundException("Course", id);
    }
    course.edit(
        form.getTitle(),
        form.getSummary(),
        form.getWeeks(),
        form.getWeeklyHours(),
        form.getVersion());
    em.flush(); // the answer carries the new version
    return course;
  }

  public Course require(String id) {
    Course course = id == null ? null : em.find(Course.class, id);
    if (course == null) {
      throw new NotFoundException("Course", id);
    }
    return course;
  }

  /** The course, locked until the transaction ends: changes to its module list queue behind it. */
  public Course requireLocked(String id) {
    Course course = id == null ? null : em.find(Course.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (course == null) {
      throw new NotFoundException("Course", id);
    }
    return course;
  }

  public Page<Course> list(PageRequest paging) {
    return PagedQuery.of(
        em.createQuery("select count(c) from Course c", Long.class),
        em.createQuery("select c from Course c order by c.title, c.id", Course.class),
        paging);
  }

  /**
   * Courses whose title contains {@code text} in any case, by title: what a search-as-you-type
   * field offers. Blank text finds every course.
   */
  public Page<Course> search(String text, PageRequest paging) {
    String pattern = Like.containsLowerCase(text);
    if (pattern == null) {
      return list(paging);
    }
    String where = " where lower(c.title) like :text escape '!'";
    return PagedQuery.of(
        em.createQuery("select count(c) from Course c" + where, Long.class)
            .setParameter("text", pattern),
        em.createQuery("select c from Course c" + where + " order by c.title, c.id", Course.class)
            .setParameter("text", pattern),
        paging);
  }
}
