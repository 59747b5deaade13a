package org.virtualcampus.platform.rest;

import java.util.List;
import org.virtualcampus.platform.paging.Page;

/** The JSON shape of every list endpoint. */
public record PageResponse<T>(List<T> items, int page, int size, long total, int totalPages) {
  public static <T> PageResponse<T> of(Page<T> page) {
    return new PageResponse<>(
        page.items(), page.page(), page.size(), page.total(), page.totalPages());
  }
}
