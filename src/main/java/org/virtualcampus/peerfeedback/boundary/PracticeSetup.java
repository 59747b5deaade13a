package org.virtualcampus.peerfeedback.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a practice is run: the scenario (a role-play item of the course) and the phase lengths. */
@Schema(name = "PracticeSetup")
public class PracticeSetup implements Serializable {
  @Schema(description = "A ROLE_PLAY item of the cohort's course; none: groups practise freely")
  private String scenarioItemId;

  @Min(value = 1, message = "conversationMinutes is from 1 to 60")
  @Max(value = 60, message = "conversationMinutes is from 1 to 60")
  private int conversationMinutes = 8;

  @Min(value = 1, message = "feedbackMinutes is from 1 to 60")
  @Max(value = 60, message = "feedbackMinutes is from 1 to 60")
  private int feedbackMinutes = 7;

  public String getScenarioItemId() {
    return scenarioItemId;
  }

  public void setScenarioItemId(String scenarioItemId) {
    this.scenarioItemId = scenarioItemId;
  }

  public int getConversationMinutes() {
    return conversationMinutes;
  }

  public void setConversationMinutes(int conversationMinutes) {
    this.conversationMinutes = conversationMinutes;
  }

  public int getFeedbackMinutes() {
    return feedbackMinutes;
  }

  public void setFeedbackMinutes(int feedbackMinutes) {
    this.feedbackMinutes = feedbackMinutes;
  }
}
