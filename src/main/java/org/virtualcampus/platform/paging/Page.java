package org.virtualcampus.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total so callers can show "21–40 of 63". */
public record Page<T>(List<T> items, int page, int size, long total) {

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }

  public int totalPages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }
}
