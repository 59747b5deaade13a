package org.virtualcampus.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.virtualcampus.platform.persistence.Ids;

/** One step of a course, usually a week: a title, what it is about, and when it opens. */
@Entity
@Table(name = "course_module")
public class CourseModule {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "course_id")
  private String courseId;

  private int position;
  private String title;
  private String summary;

  @Column(name = "release_week")
  private Integer releaseWeek;

  @Column(name = "release_on")
  private LocalDate releaseOn;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected CourseModule() {}

  public CourseModule(
      String courseId, int position, String title, String summary, Release release, Instant now) {
    this.id = Ids.newId();
    this.courseId = courseId;
    this.position = position;
    this.createdAt = now;
    describe(title, summary, release);
  }

  public final void describe(String title, String summary, Release release) {
    this.title = title.trim();
    this.summary = summary == null || summary.isBlank() ? null : summary.trim();
    this.releaseWeek = release.week();
    this.releaseOn = release.on();
  }

  /** The same module in another course (a copy of the course). */
  public CourseModule copyInto(String otherCourseId, Instant now) {
    return new CourseModule(otherCourseId, position, title, summary, release(), now);
  }

  public void placeAt(int position) {
    this.position = position;
  }

  public String id() {
    return id;
  }

  public String courseId() {
    return courseId;
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public Release release() {
    return new Release(releaseWeek, releaseOn);
  }

  public long version() {
    return version;
  }
}
