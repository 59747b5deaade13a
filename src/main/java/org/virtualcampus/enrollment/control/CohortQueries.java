package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what lists of cohorts show besides the cohort rows: course titles (the course feature's
 * table, joined by id) and facilitators, one query for a whole page.
 */
@ApplicationScoped
public class CohortQueries {
  private static final String TITLES = "select c.id, c.title from Course c where c.id in :ids";

  @PersistenceContext EntityManager em;

  public String courseTitle(String courseId) {
    return courseTitles(List.of(courseId)).get(courseId);
  }

  /** The title of a cohort's course, without reading (or locking) the cohort entity. */
  public String courseTitleOfCohort(String cohortId) {
    return em.createQuery(
            "select co.title from Cohort c, Course co where c.id = :id and co.id = c.courseId",
            String.class)
        .setParameter("id", cohortId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Course titles by course id. */
  public Map<String, String> courseTitles(Collection<String> courseIds) {
    Map<String, String> titles = new HashMap<>();
    if (!courseIds.isEmpty()) {
      em.createQuery(TITLES, Object[].class)
          .setParameter("ids", courseIds)
          .getResultList()
          .forEach(row -> titles.put((String) row[0], (String) row[1]));
    }
    return titles;
  }

  /** Facilitator ids by cohort id, sorted. */
  public Map<String, List<String>> facilitatorIds(Collection<String> cohortIds) {
    Map<String, List<String>> ids = new HashMap<>();
    if (!cohortIds.isEmpty()) {
      em.createQuery(
              "select c.id, f from Cohort c join c.facilitatorIds f where c.id in :ids order by f",
              Object[].class)
          .setParameter("ids", cohortIds)
          .getResultList()
          .forEach(
              row ->
                  ids.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                      .add((String) row[1]));
    }
    return ids;
  }
}
