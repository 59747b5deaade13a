package org.virtualcampus.platform.ui;

import java.io.Serializable;
import java.util.List;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/**
 * A list shown as cards (not a table) one page at a time, with previous and next and the range
 * shown ("26–50 of 1,234"); the service pages in the database, so nothing is cut off silently.
 */
public class PagedList<T extends Serializable> implements Serializable {
  private final PagedDataModel.Loader<T> loader;
  private final int size;
  private int page;
  private List<T> items = List.of();
  private long total;

  public PagedList(PagedDataModel.Loader<T> loader, int size) {
    this.loader = loader;
    this.size = size;
  }

  /** Loads the current page again (after an action, or the first time). */
  public void reload() {
    Page<T> found = loader.load(new PageRequest(page, size));
    if (found.items().isEmpty() && page > 0 && found.total() > 0) {
      // the list shrank under our feet: show its last page instead of an empty one
      page = found.totalPages() - 1;
      found = loader.load(new PageRequest(page, size));
    }
    items = List.copyOf(found.items());
    total = found.total();
  }

  /** Shows page {@code page} (from 0), or the last one when the list is shorter. */
  public void goTo(int page) {
    this.page = Math.max(0, page);
    reload();
  }

  public void next() {
    if (isHasNext()) {
      page++;
    }
    reload();
  }

  public void previous() {
    if (page > 0) {
      page--;
    }
    reload();
  }

  public List<T> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  /** 1-based number of the first item shown, 0 when the list is empty. */
  public long getFirst() {
    return items.isEmpty() ? 0 : (long) page * size + 1;
  }

  public long getLast() {
    return (long) page * size + items.size();
  }

  public boolean isHasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isPaged() {
    return total > size;
  }

  public int getPage() {
    return page;
  }
}
