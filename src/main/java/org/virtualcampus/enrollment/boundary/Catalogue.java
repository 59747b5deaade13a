package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.virtualcampus.enrollment.control.CatalogueSnapshots;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.CohortStatus;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.paging.PagedQuery;
import org.virtualcampus.platform.persistence.Like;

/** The catalogue members browse: cohorts open for requests, found by name or course. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Catalogue {
  @PersistenceContext EntityManager em;
  @Inject Cohorts cohorts;
  @Inject Waitlists waitlists;
  @Inject CatalogueSnapshots snapshots;

  /**
   * The open cohorts that match the filter, each with the viewer's own place ({@code memberId} null
   * for a visitor), and the courses that have open cohorts, for the course filter.
   */
  public CataloguePage browse(CatalogueFilter filter, PageRequest paging, String memberId) {
    Page<CohortView> page = open(filter, paging);
    Map<String, EnrollmentView> mine =
        waitlists.mineIn(memberId, page.items().stream().map(CohortView::id).toList());
    return new CataloguePage(
        page.map(c -> new CatalogueEntry(c, mine.get(c.id()))), coursesWithOpenCohorts());
  }

  /**
   * Open cohorts that match the filter (name or course title containing the search, any case, taken
   * literally; one course; one kind of admission; starting by a date), soonest start first.
   */
  public Page<CohortView> open(CatalogueFilter filter, PageRequest paging) {
    return snapshots.page(List.of(filter, paging), () -> read(filter, paging));
  }

  private Page<CohortView> read(CatalogueFilter filter, PageRequest paging) {
    String pattern = Like.containsLowerCase(filter.search());
    String where =
        " where c.status = :s"
            + (pattern == null
                ? ""
                : " and (lower(c.name) like :q escape '!' or exists (select co.id from Course co"
                    + " where co.id = c.courseId and lower(co.title) like :q escape '!'))")
            + (filter.courseId() == null ? "" : " and c.courseId = :course")
            + (filter.admission() == null ? "" : " and c.admission = :admission")
            + (filter.startsBy() == null ? "" : " and c.startsOn <= :startsBy");
    var count = em.createQuery("select count(c) from Cohort c" + where, Long.class);
    var items =
        em.createQuery(
            "select c from Cohort c" + where + " order by c.startsOn, c.name, c.id", Cohort.class);
    for (var query : List.of(count, items)) {
      query.setParameter("s", CohortStatus.OPEN);
      if (pattern != null) {
        query.setParameter("q", pattern);
      }
      if (filter.courseId() != null) {
        query.setParameter("course", filter.courseId());
      }
      if (filter.admission() != null) {
        query.setParameter("admission", filter.admission());
      }
      if (filter.startsBy() != null) {
        query.setParameter("startsBy", filter.startsBy());
      }
    }
    return cohorts.views(PagedQuery.of(count, items, paging));
  }

  /** Id and title of each course with a cohort open for requests, by title. */
  private List<CataloguePage.Course> coursesWithOpenCohorts() {
    return em
        .createQuery(
            "select distinct co.id, co.title from Course co, Cohort c where c.courseId = co.id"
                + " and c.status = :s order by co.title",
            Object[].class)
        .setParameter("s", CohortStatus.OPEN)
        .getResultList()
        .stream()
        .map(r -> new CataloguePage.Course((String) r[0], (String) r[1]))
        .toList();
  }
}
