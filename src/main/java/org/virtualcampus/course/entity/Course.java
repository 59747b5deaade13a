package org.virtualcampus.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.virtualcampus.platform.persistence.Ids;

/** A reusable curriculum; it runs as one or more cohorts. */
@Entity
@Table(name = "course")
public class Course {
  @Id
  @Column(length = 36)
  private String id;

  private String title;
  private String summary;
  private int weeks;

  @Column(name = "weekly_hours")
  private int weeklyHours;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Course() {}

  public Course(String title, String summary, int weeks, int weeklyHours, Instant now) {
    this.id = Ids.newId();
    this.createdAt = now;
    describe(title, summary, weeks, weeklyHours);
  }

  public void describe(String title, String summary, int weeks, int weeklyHours) {
    this.title = title.trim();
    this.summary = summary == null || summary.isBlank() ? null : summary.trim();
    this.weeks = weeks;
    this.weeklyHours = weeklyHours;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public int weeks() {
    return weeks;
  }

  public int weeklyHours() {
    return weeklyHours;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
