package org.virtualcampus.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A course's rule for who is at risk in its cohorts: at least {@code absences} absences, or at
 * least {@code missingHomework} homework past due and not handed in. Both at least one.
 */
@Entity
@Table(name = "risk_rule")
public class RiskRule {
  public static final int ABSENCES = 2;
  public static final int MISSING_HOMEWORK = 2;

  @Id
  @Column(name = "course_id", length = 36)
  private String courseId;

  private int absences;

  @Column(name = "missing_homework")
  private int missingHomework;

  @Version private long version;

  protected RiskRule() {}

  /** The defaults, for a course that has not set its own. */
  public static RiskRule defaults(String courseId) {
    RiskRule rule = new RiskRule();
    rule.courseId = courseId;
    rule.change(ABSENCES, MISSING_HOMEWORK);
    return rule;
  }

  public void change(int absences, int missingHomework) {
    if (absences < 1 || missingHomework < 1) {
      throw new IllegalArgumentException("risk thresholds are at least 1");
    }
    this.absences = absences;
    this.missingHomework = missingHomework;
  }

  public String courseId() {
    return courseId;
  }

  public int absences() {
    return absences;
  }

  public int missingHomework() {
    return missingHomework;
  }
}
