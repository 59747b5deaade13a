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
  // the total of the last page loaded: the table asks for the count before it loads a page and
  // clamps the page to it, so it must survive the view travelling to another instance
  private long total;
  // the rows last shown, so that ticked rows (a table's selection) can be found by key
  private java.util.ArrayList<T> shown = new java.util.ArrayList<>();

  public PagedDataModel(Loader<T> loader, Key<T> key) {
    this.loader = loader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return (int) Math.min(Integer.MAX_VALUE, total);
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
    Page<T> page = loader.load(new PageRequest(first / pageSize, pageSize));
    total = page.total();
    setRowCount(count(filters));
    shown = new java.util.ArrayList<>(page.items());
    return page.items();
  }

  /** How many items the list had when a page was last loaded. */
  public long getTotal() {
    return total;
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  /** A row of the page last shown; null for a key not on it. */
  @Override
  public T getRowData(String rowKey) {
    return shown.stream().filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
  }
}
