package org.virtualcampus.peerfeedback.boundary;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The model a course's practice rounds use. */
@Schema(name = "CourseFeedbackModel")
public class CourseModelChoice implements Serializable {
  @NotBlank(message = "modelId is required")
  private String modelId;

  public CourseModelChoice() {}

  public CourseModelChoice(String modelId) {
    this.modelId = modelId;
  }

  public String getModelId() {
    return modelId;
  }

  public void setModelId(String modelId) {
    this.modelId = modelId;
  }
}
