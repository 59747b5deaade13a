package org.virtualcampus.reporting.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course's rule for members at risk, as coordinators set it. */
@Schema(name = "RiskRule")
public class RiskRuleForm implements Serializable {
  @Min(value = 1, message = "absences must be between 1 and 100")
  @Max(value = 100, message = "absences must be between 1 and 100")
  @Schema(description = "At risk from this many absences (by the attendance rule)")
  private int absences;

  @Min(value = 1, message = "missingHomework must be between 1 and 100")
  @Max(value = 100, message = "missingHomework must be between 1 and 100")
  @Schema(description = "At risk from this many homework past due and not handed in")
  private int missingHomework;

  public RiskRuleForm() {}

  public RiskRuleForm(int absences, int missingHomework) {
    this.absences = absences;
    this.missingHomework = missingHomework;
  }

  public int getAbsences() {
    return absences;
  }

  public void setAbsences(int absences) {
    this.absences = absences;
  }

  public int getMissingHomework() {
    return missingHomework;
  }

  public void setMissingHomework(int missingHomework) {
    this.missingHomework = missingHomework;
  }
}
