package org.virtualcampus.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.virtualcampus.platform.persistence.Ids;

/** A scoring guide of a course, used by any of its modules' homework. */
@Entity
@Table(name = "rubric")
public class Rubric {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "course_id")
  private String courseId;

  private String title;

  @Convert(converter = RubricGridConverter.class)
  private RubricGrid grid;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Rubric() {}

  public Rubric(String courseId, String title, RubricGrid grid, Instant now) {
    this.id = Ids.newId();
    this.courseId = courseId;
    this.createdAt = now;
    describe(title, grid);
  }

  public final void describe(String title, RubricGrid grid) {
    this.title = title.trim();
    this.grid = grid;
  }

  public Rubric copyInto(String otherCourseId, Instant now) {
    return new Rubric(otherCourseId, title, grid, now);
  }

  public String id() {
    return id;
  }

  public String courseId() {
    return courseId;
  }

  public String title() {
    return title;
  }

  public RubricGrid grid() {
    return grid;
  }

  public long version() {
    return version;
  }
}
