package org.virtualcampus.peerfeedback.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.ui.CourseAuthoringBacking;
import org.virtualcampus.peerfeedback.boundary.CourseModelChoice;
import org.virtualcampus.peerfeedback.boundary.FeedbackModels;
import org.virtualcampus.peerfeedback.boundary.ModelView;
import org.virtualcampus.platform.ui.PageMessages;

/** The feedback model card on the coordinator's course page: which model practice rounds use. */
@Named
@ViewScoped
public class CourseModelBacking implements Serializable {
  @Inject FeedbackModels models;
  @Inject CourseAuthoringBacking page;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private List<ModelView> choices;
  private String modelId;
  private ModelView chosen;

  public List<ModelView> getChoices() {
    if (choices == null && page.getCourse() != null) {
      try {
        choices = models.all(current.get());
        chosen = models.ofCourse(page.getId(), current.get());
        modelId = chosen.id();
      } catch (RuntimeException e) {
        choices = List.of();
        messages.failed(e, null);
      }
    }
    return choices == null ? List.of() : choices;
  }

  public void save() {
    try {
      chosen = models.useForCourse(page.getId(), new CourseModelChoice(modelId), current.get());
      messages.info("feedbackModel.saved", chosen.name());
    } catch (RuntimeException e) {
      messages.failed(e, "feedbackModel");
    }
  }

  public ModelView getChosen() {
    return chosen;
  }

  public String getModelId() {
    return modelId;
  }

  public void setModelId(String modelId) {
    this.modelId = modelId;
  }
}
