package org.virtualcampus.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A course's learning settings; a course without one counts submitted homework. */
@Entity
@Table(name = "course_learning")
public class CourseLearning {
  @Id
  @Column(name = "course_id", length = 36)
  private String courseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "homework_completion")
  private HomeworkCompletion homeworkCompletion;

  @Version private long version;

  protected CourseLearning() {}

  public CourseLearning(String courseId, HomeworkCompletion homeworkCompletion) {
    this.courseId = courseId;
    this.homeworkCompletion = homeworkCompletion;
  }

  public void countHomeworkWhen(HomeworkCompletion rule) {
    this.homeworkCompletion = rule;
  }

  public String courseId() {
    return courseId;
  }

  public HomeworkCompletion homeworkCompletion() {
    return homeworkCompletion;
  }
}
