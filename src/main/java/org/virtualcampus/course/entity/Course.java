package org.virtualcampus.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.virtualcampus.platform.error.FieldChange;
import org.virtualcampus.platform.error.StaleEditException;
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

  /**
   * Saves an edit made on the version {@code readVersion}. An edit based on an older version is
   * refused with the fields whose current values differ from the edit, so nobody overwrites changes
   * they have not seen. The version itself moves when the row is written.
   */
  public void edit(String title, String summary, int weeks, int weeklyHours, long readVersion) {
    if (readVersion != version) {
      Course yours = new Course();
      yours.describe(title, summary, weeks, weeklyHours);
      List<FieldChange> changes = new ArrayList<>();
      compare(changes, "title", this.title, yours.title);
      compare(changes, "summary", this.summary, yours.summary);
      compare(changes, "weeks", this.weeks, yours.weeks);
      compare(changes, "weeklyHours", this.weeklyHours, yours.weeklyHours);
      throw new StaleEditException("course", version, changes);
    }
    describe(title, summary, weeks, weeklyHours);
  }

  private static void compare(List<FieldChange> changes, String field, Object mine, Object yours) {
    if (!Objects.equals(mine, yours)) {
      changes.add(new FieldChange(field, mine, yours));
    }
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

  public long version() {
    return version;
  }
}
