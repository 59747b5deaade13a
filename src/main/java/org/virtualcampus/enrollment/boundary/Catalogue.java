package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
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

  /**
   * The open cohorts as {@link #open} finds them, each with the viewer's own place ({@code
   * memberId} null for a visitor).
   */
  public Page<CatalogueEntry> browse(String search, PageRequest paging, String memberId) {
    Page<CohortView> page = open(search, paging);
    Map<String, EnrollmentView> mine =
        waitlists.mineIn(memberId, page.items().stream().map(CohortView::id).toList());
    return page.map(c -> new CatalogueEntry(c, mine.get(c.id())));
  }

  /**
   * Open cohorts whose name or course title contains {@code search} (any case, taken literally),
   * soonest start first; all open cohorts for a blank search.
   */
  public Page<CohortView> open(String search, PageRequest paging) {
    String pattern = Like.containsLowerCase(search);
    String where =
        " where c.status = :s"
            + (pattern == null
                ? ""
                : " and (lower(c.name) like :q escape '!' or exists (select co.id from Course co"
                    + " where co.id = c.courseId and lower(co.title) like :q escape '!'))");
    var count = em.createQuery("select count(c) from Cohort c" + where, Long.class);
    var items =
        em.createQuery(
            "select c from Cohort c" + where + " order by c.startsOn, c.name, c.id", Cohort.class);
    count.setParameter("s", CohortStatus.OPEN);
    items.setParameter("s", CohortStatus.OPEN);
    if (pattern != null) {
      count.setParameter("q", pattern);
      items.setParameter("q", pattern);
    }
    return cohorts.views(PagedQuery.of(count, items, paging));
  }
}
