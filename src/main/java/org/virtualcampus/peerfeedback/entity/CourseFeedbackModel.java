package org.virtualcampus.peerfeedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The feedback model a course's practice rounds use. */
@Entity
@Table(name = "course_feedback_model")
public class CourseFeedbackModel {
  @Id
  @Column(name = "course_id", length = 36)
  private String courseId;

  @Column(name = "model_id")
  private String modelId;

  @Version private long version;

  protected CourseFeedbackModel() {}

  public CourseFeedbackModel(String courseId, String modelId) {
    this.courseId = courseId;
    this.modelId = modelId;
  }

  public void use(String model) {
    this.modelId = model;
  }

  public String courseId() {
    return courseId;
  }

  public String modelId() {
    return modelId;
  }
}
