package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.HomeworkCompletion;

/** A course's learning settings. */
@Schema(name = "LearningSettings")
public class LearningSettings implements Serializable {
  @NotNull(message = "homeworkCompletion is required: SUBMITTED or ACCEPTED")
  @Schema(
      description =
          "When a module's homework counts towards completing it: SUBMITTED (handed in) or"
              + " ACCEPTED (accepted, feedback released)")
  private HomeworkCompletion homeworkCompletion;

  public LearningSettings() {}

  public LearningSettings(HomeworkCompletion homeworkCompletion) {
    this.homeworkCompletion = homeworkCompletion;
  }

  public HomeworkCompletion getHomeworkCompletion() {
    return homeworkCompletion;
  }

  public void setHomeworkCompletion(HomeworkCompletion homeworkCompletion) {
    this.homeworkCompletion = homeworkCompletion;
  }

  HomeworkCompletion homeworkCompletion() {
    return homeworkCompletion;
  }
}
