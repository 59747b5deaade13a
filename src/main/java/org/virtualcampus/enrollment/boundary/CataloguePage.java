package org.virtualcampus.enrollment.boundary;

import java.util.List;
import org.virtualcampus.platform.paging.Page;

/** One page of the catalogue as a viewer sees it, and the courses the course filter offers. */
public record CataloguePage(Page<CatalogueEntry> entries, List<Course> courses)
    implements java.io.Serializable {

  /** A course with open cohorts. */
  public record Course(String id, String title) implements java.io.Serializable {}
}
