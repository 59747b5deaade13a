package org.virtualcampus.platform.paging;

/**
 * A zero-based page number and a size capped at 200 so that no list is fetched whole by accident.
 */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 200;

  public PageRequest {
    page = Math.max(0, page);
    size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
  }

  public int offset() {
    return page * size;
  }
}
