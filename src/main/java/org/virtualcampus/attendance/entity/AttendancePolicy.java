package org.virtualcampus.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A course's attendance rules: the weight of each status in the rate (excused is left out of both
 * sides, so it has none), when a check-in counts as late, and the import's minimum minutes.
 */
@Entity
@Table(name = "attendance_policy")
public class AttendancePolicy {
  public static final BigDecimal PRESENT = BigDecimal.ONE;
  public static final BigDecimal LATE = new BigDecimal("0.8");
  public static final BigDecimal ABSENT = BigDecimal.ZERO;
  public static final int LATE_AFTER_MINUTES = 10;
  public static final int MINIMUM_MINUTES = 30;

  @Id
  @Column(name = "course_id", length = 36)
  private String courseId;

  @Column(name = "present_weight")
  private BigDecimal presentWeight;

  @Column(name = "late_weight")
  private BigDecimal lateWeight;

  @Column(name = "absent_weight")
  private BigDecimal absentWeight;

  @Column(name = "late_after_minutes")
  private int lateAfterMinutes;

  @Column(name = "minimum_minutes")
  private int minimumMinutes;

  @Version private long version;

  protected AttendancePolicy() {}

  /** The defaults, for a course that has not set its own. */
  public static AttendancePolicy defaults(String courseId) {
    AttendancePolicy policy = new AttendancePolicy();
    policy.courseId = courseId;
    policy.change(PRESENT, LATE, ABSENT, LATE_AFTER_MINUTES, MINIMUM_MINUTES);
    return policy;
  }

  public void change(
      BigDecimal present, BigDecimal late, BigDecimal absent, int lateAfter, int minimum) {
    this.presentWeight = present;
    this.lateWeight = late;
    this.absentWeight = absent;
    this.lateAfterMinutes = lateAfter;
    this.minimumMinutes = minimum;
  }

  public String courseId() {
    return courseId;
  }

  public BigDecimal presentWeight() {
    return presentWeight;
  }

  public BigDecimal lateWeight() {
    return lateWeight;
  }

  public BigDecimal absentWeight() {
    return absentWeight;
  }

  public int lateAfterMinutes() {
    return lateAfterMinutes;
  }

  public int minimumMinutes() {
    return minimumMinutes;
  }
}
