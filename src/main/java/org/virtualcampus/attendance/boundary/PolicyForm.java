package org.virtualcampus.attendance.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course's attendance rules. Excused records have no weight: they count on neither side. */
@Schema(name = "AttendancePolicy")
public class PolicyForm implements Serializable {
  private static final String WEIGHT = " is a weight from 0 to 1 with at most three decimals";

  @NotNull(message = "presentWeight is required")
  @DecimalMin(value = "0", message = "presentWeight" + WEIGHT)
  @DecimalMax(value = "1", message = "presentWeight" + WEIGHT)
  @Digits(integer = 1, fraction = 3, message = "presentWeight" + WEIGHT)
  private BigDecimal presentWeight;

  @NotNull(message = "lateWeight is required")
  @DecimalMin(value = "0", message = "lateWeight" + WEIGHT)
  @DecimalMax(value = "1", message = "lateWeight" + WEIGHT)
  @Digits(integer = 1, fraction = 3, message = "lateWeight" + WEIGHT)
  private BigDecimal lateWeight;

  @NotNull(message = "absentWeight is required")
  @DecimalMin(value = "0", message = "absentWeight" + WEIGHT)
  @DecimalMax(value = "1", message = "absentWeight" + WEIGHT)
  @Digits(integer = 1, fraction = 3, message = "absentWeight" + WEIGHT)
  private BigDecimal absentWeight;

  @Min(value = 0, message = "lateAfterMinutes is from 0 to 600")
  @Max(value = 600, message = "lateAfterMinutes is from 0 to 600")
  @Schema(description = "A check-in more than this many minutes after the start counts as LATE")
  private int lateAfterMinutes;

  @Min(value = 0, message = "minimumMinutes is from 0 to 600")
  @Max(value = 600, message = "minimumMinutes is from 0 to 600")
  @Schema(description = "An import marks ABSENT whoever attended fewer minutes than this")
  private int minimumMinutes;

  public PolicyForm() {}

  public PolicyForm(
      BigDecimal presentWeight,
      BigDecimal lateWeight,
      BigDecimal absentWeight,
      int lateAfterMinutes,
      int minimumMinutes) {
    this.presentWeight = presentWeight;
    this.lateWeight = lateWeight;
    this.absentWeight = absentWeight;
    this.lateAfterMinutes = lateAfterMinutes;
    this.minimumMinutes = minimumMinutes;
  }

  public BigDecimal getPresentWeight() {
    return presentWeight;
  }

  public void setPresentWeight(BigDecimal presentWeight) {
    this.presentWeight = presentWeight;
  }

  public BigDecimal getLateWeight() {
    return lateWeight;
  }

  public void setLateWeight(BigDecimal lateWeight) {
    this.lateWeight = lateWeight;
  }

  public BigDecimal getAbsentWeight() {
    return absentWeight;
  }

  public void setAbsentWeight(BigDecimal absentWeight) {
    this.absentWeight = absentWeight;
  }

  public int getLateAfterMinutes() {
    return lateAfterMinutes;
  }

  public void setLateAfterMinutes(int lateAfterMinutes) {
    this.lateAfterMinutes = lateAfterMinutes;
  }

  public int getMinimumMinutes() {
    return minimumMinutes;
  }

  public void setMinimumMinutes(int minimumMinutes) {
    this.minimumMinutes = minimumMinutes;
  }
}
