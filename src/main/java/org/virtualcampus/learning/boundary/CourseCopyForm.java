package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The title of a course's copy; the rest comes from the original. */
public class CourseCopyForm implements Serializable {
  @NotBlank(message = "title is required")
  @Size(max = 200)
  private String title;

  public CourseCopyForm() {}

  public CourseCopyForm(String title) {
    this.title = title;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
