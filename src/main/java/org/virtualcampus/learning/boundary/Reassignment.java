package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Gives a review to another facilitator of the cohort. */
@Schema(name = "Reassignment")
public class Reassignment implements Serializable {
  @NotBlank(message = "reviewerId is required")
  private String reviewerId;

  public Reassignment() {}

  public Reassignment(String reviewerId) {
    this.reviewerId = reviewerId;
  }

  public String getReviewerId() {
    return reviewerId;
  }

  public void setReviewerId(String reviewerId) {
    this.reviewerId = reviewerId;
  }
}
