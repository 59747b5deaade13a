package org.virtualcampus.course.boundary;

import org.virtualcampus.course.entity.Course;

/** A course on the wire; an edit sends back the {@code version} it was made on. */
public record CourseView(
    String id, String title, String summary, int weeks, int weeklyHours, long version)
    implements java.io.Serializable {
  public static CourseView of(Course c) {
    return new CourseView(c.id(), c.title(), c.summary(), c.weeks(), c.weeklyHours(), c.version());
  }
}
