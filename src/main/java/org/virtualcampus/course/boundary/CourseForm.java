package org.virtualcampus.course.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A course as coordinators create and edit it (API body and page model). An edit carries the {@code
 * version} of the course it was made on; a create needs none.
 */
public class CourseForm implements Serializable {
  @NotBlank(message = "title is required")
  @Size(max = 200)
  private String title;

  @Size(max = 4000)
  private String summary;

  @NotNull(message = "weeks is required")
  @Min(value = 1, message = "weeks must be between 1 and 52")
  @Max(value = 52, message = "weeks must be between 1 and 52")
  private Integer weeks;

  @NotNull(message = "weeklyHours is required")
  @Min(value = 0, message = "weeklyHours must be between 0 and 60")
  @Max(value = 60, message = "weeklyHours must be between 0 and 60")
  private Integer weeklyHours;

  private Long version;

  public CourseForm() {}

  public CourseForm(String title, String summary, Integer weeks, Integer weeklyHours) {
    this.title = title;
    this.summary = summary;
    this.weeks = weeks;
    this.weeklyHours = weeklyHours;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Integer getWeeks() {
    return weeks;
  }

  public void setWeeks(Integer weeks) {
    this.weeks = weeks;
  }

  public Integer getWeeklyHours() {
    return weeklyHours;
  }

  public void setWeeklyHours(Integer weeklyHours) {
    this.weeklyHours = weeklyHours;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
