package org.virtualcampus.platform.paging;

import jakarta.persistence.TypedQuery;

/** Runs a count query and a page of the matching items query, so lists are never fetched whole. */
public final class PagedQuery {
  private PagedQuery() {}

  public static <T> Page<T> of(TypedQuery<Long> count, TypedQuery<T> items, PageRequest paging) {
    var found = items.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    return new Page<>(found, paging.page(), paging.size(), count.getSingleResult());
  }
}
