package org.virtualcampus.platform.paging;

import org.virtualcampus.platform.error.InvalidInputException;

/**
 * A zero-based page number and a size capped at 200 so that no list is fetched whole by accident.
 */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 200;

  /** Deepest page a client may ask for: 10,000 pages of 200 are two million rows. */
  public static final int MAX_PAGE = 10_000;

  public PageRequest {
    page = Math.min(Math.max(0, page), MAX_PAGE);
    size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
  }

  /**
   * From query parameters as they arrive. Read as text on purpose: JAX-RS answers 404 to a query
   * parameter it cannot convert, and a bad page number deserves a 400 that names it. A page or size
   * outside its range is refused too, rather than quietly changed.
   */
  public static PageRequest parse(String page, String size) {
    return of(number(page, "page", 0, MAX_PAGE), number(size, "size", 1, MAX_SIZE));
  }

  private static Integer number(String value, String field, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String message = field + " must be a whole number from " + min + " to " + max;
    String digits = value.trim();
    if (digits.length() > 11) {
      throw new InvalidInputException(field, message);
    }
    try {
      int number = Integer.parseInt(digits);
      if (number < min || number > max) {
        throw new InvalidInputException(field, message);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, message);
    }
  }

  public int offset() {
    return page * size;
  }
}
