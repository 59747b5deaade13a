package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.virtualcampus.learning.entity.Release;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * A module as coordinators write it (API body and page model): released on a week of the cohort
 * ({@code releaseWeek}, 1 = the start week) or on a date ({@code releaseOn}), exactly one of them.
 */
public class ModuleForm implements Serializable {
  @NotBlank(message = "title is required")
  @Size(max = 200)
  private String title;

  @Size(max = 4000)
  private String summary;

  @Min(value = 1, message = "releaseWeek must be between 1 and 52")
  @Max(value = 52, message = "releaseWeek must be between 1 and 52")
  private Integer releaseWeek;

  private LocalDate releaseOn;

  public ModuleForm() {}

  public ModuleForm(String title, String summary, Integer releaseWeek, LocalDate releaseOn) {
    this.title = title;
    this.summary = summary;
    this.releaseWeek = releaseWeek;
    this.releaseOn = releaseOn;
  }

  /** The release the form names; 400 naming the field when it names none or both. */
  Release release() {
    if ((releaseWeek == null) == (releaseOn == null)) {
      throw new InvalidInputException(
          "releaseWeek", "give either releaseWeek (a week of the cohort) or releaseOn (a date)");
    }
    return releaseWeek != null ? Release.week(releaseWeek) : Release.on(releaseOn);
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

  public Integer getReleaseWeek() {
    return releaseWeek;
  }

  public void setReleaseWeek(Integer releaseWeek) {
    this.releaseWeek = releaseWeek;
  }

  public LocalDate getReleaseOn() {
    return releaseOn;
  }

  public void setReleaseOn(LocalDate releaseOn) {
    this.releaseOn = releaseOn;
  }
}
