package org.virtualcampus.platform.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/**
 * A PrimeFaces table model that asks a service for one page at a time, never for the whole list.
 */
public class PagedDataModel<T> extends LazyDataModel<T> {

  /** Loads one page; serializable because view-scoped beans travel with the session. */
  public interface Loader<T> extends Serializable {
    Page<T> load(PageRequest paging);
  }

  /** The row key of an item; serializable for the same reason. */
  public interface Key<T> extends Function<T, String>, Serializable {}

  private final Loader<T> loader;
  private final Key<T> key;
  private transient Page<T> last;

  public PagedDataModel(Loader<T> loader, Key<T> key) {
    this.loader = loader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return last == null ? 0 : (int) last.total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
    last = loader.load(new PageRequest(first / pageSize, pageSize));
    setRowCount((int) last.total());
    return last.items();
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }
}
