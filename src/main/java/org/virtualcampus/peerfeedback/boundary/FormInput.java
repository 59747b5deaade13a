package org.virtualcampus.peerfeedback.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A practice form as its author fills it: the observer rates the model's elements and names one
 * thing to keep and one to try; the receiver rates usefulness 1-5 and says what helped and what did
 * not; the giver writes a reflection (text); a coach writes a comment (text).
 */
@Schema(name = "PracticeFormInput")
public class FormInput implements Serializable {
  @Valid private List<RatingInput> ratings = new ArrayList<>();

  @Size(max = 2000, message = "keep is at most 2000 characters")
  private String keep;

  @Size(max = 2000, message = "tryNext is at most 2000 characters")
  private String tryNext;

  @Size(max = 2000, message = "helped is at most 2000 characters")
  private String helped;

  @Size(max = 2000, message = "notHelped is at most 2000 characters")
  private String notHelped;

  @Size(max = 4000, message = "text is at most 4000 characters")
  private String text;

  @Schema(description = "The receiver's rating of how useful the feedback was, 1 to 5")
  private Integer usefulness;

  @Schema(description = "Submit now; otherwise the form stays a draft")
  private boolean submit;

  /** One element of the course's model, rated. */
  @Schema(name = "PracticeRatingInput")
  public static class RatingInput implements Serializable {
    private String element;

    @Schema(description = "OBSERVED, PARTLY or NOT_OBSERVED")
    private String observation;

    @Size(max = 1000, message = "comment is at most 1000 characters")
    private String comment;

    public RatingInput() {}

    public RatingInput(String element, String observation, String comment) {
      this.element = element;
      this.observation = observation;
      this.comment = comment;
    }

    public String getElement() {
      return element;
    }

    public void setElement(String element) {
      this.element = element;
    }

    public String getObservation() {
      return observation;
    }

    public void setObservation(String observation) {
      this.observation = observation;
    }

    public String getComment() {
      return comment;
    }

    public void setComment(String comment) {
      this.comment = comment;
    }
  }

  public List<RatingInput> getRatings() {
    return ratings;
  }

  public void setRatings(List<RatingInput> ratings) {
    this.ratings = ratings == null ? new ArrayList<>() : ratings;
  }

  public String getKeep() {
    return keep;
  }

  public void setKeep(String keep) {
    this.keep = keep;
  }

  public String getTryNext() {
    return tryNext;
  }

  public void setTryNext(String tryNext) {
    this.tryNext = tryNext;
  }

  public String getHelped() {
    return helped;
  }

  public void setHelped(String helped) {
    this.helped = helped;
  }

  public String getNotHelped() {
    return notHelped;
  }

  public void setNotHelped(String notHelped) {
    this.notHelped = notHelped;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Integer getUsefulness() {
    return usefulness;
  }

  public void setUsefulness(Integer usefulness) {
    this.usefulness = usefulness;
  }

  public boolean isSubmit() {
    return submit;
  }

  public void setSubmit(boolean submit) {
    this.submit = submit;
  }
}
