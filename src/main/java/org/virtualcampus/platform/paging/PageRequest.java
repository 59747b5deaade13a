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

  /**
   * From query parameters as they arrive. Read as text on purpose: JAX-RS answers 404 to a query
   * parameter it cannot convert, and a bad page number deserves a 400 that names it.
   */
  public static PageRequest parse(String page, String size) {
    return of(number(page, "page"), number(size, "size"));
  }

  private static Integer number(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new org.virtualcampus.platform.error.InvalidInputException(
          field, field + " must be a whole number");
    }
  }

  public int offset() {
    return page * size;
  }
}
