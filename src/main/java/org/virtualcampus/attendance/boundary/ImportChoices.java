package org.virtualcampus.attendance.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The thresholds of an import (the course's when left out) and the matches made by hand. */
@Schema(name = "ImportChoices")
public class ImportChoices implements Serializable {
  @Min(value = 0, message = "lateAfterMinutes is from 0 to 600")
  @Max(value = 600, message = "lateAfterMinutes is from 0 to 600")
  @Schema(description = "Joining more than this many minutes after the start is LATE")
  private Integer lateAfterMinutes;

  @Min(value = 0, message = "minimumMinutes is from 0 to 600")
  @Max(value = 600, message = "minimumMinutes is from 0 to 600")
  @Schema(description = "Attending fewer minutes than this is ABSENT")
  private Integer minimumMinutes;

  @Schema(description = "Report entries matched by hand: the entry's key to a participant's id")
  private Map<String, String> matches = new HashMap<>();

  public ImportChoices() {}

  public ImportChoices(
      Integer lateAfterMinutes, Integer minimumMinutes, Map<String, String> matches) {
    this.lateAfterMinutes = lateAfterMinutes;
    this.minimumMinutes = minimumMinutes;
    this.matches = new HashMap<>(matches);
  }

  public Integer getLateAfterMinutes() {
    return lateAfterMinutes;
  }

  public void setLateAfterMinutes(Integer lateAfterMinutes) {
    this.lateAfterMinutes = lateAfterMinutes;
  }

  public Integer getMinimumMinutes() {
    return minimumMinutes;
  }

  public void setMinimumMinutes(Integer minimumMinutes) {
    this.minimumMinutes = minimumMinutes;
  }

  public Map<String, String> getMatches() {
    return matches;
  }

  public void setMatches(Map<String, String> matches) {
    this.matches = matches == null ? new HashMap<>() : matches;
  }
}
