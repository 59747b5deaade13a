package org.virtualcampus.platform.ui;

import java.io.Serializable;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A duration as a page edits it: a whole number and a unit. Filled from a duration it picks the
 * largest unit that holds it exactly (90 minutes stay 90 minutes, 36 hours stay 36 hours), so
 * saving the form unchanged saves the same duration.
 */
public class DurationInput implements Serializable {
  /** The units offered, largest first. */
  public static final List<String> UNITS = List.of("DAYS", "HOURS", "MINUTES", "SECONDS");

  private Long amount;
  private String unit = "HOURS";

  public DurationInput() {}

  public DurationInput(Long amount, String unit) {
    this.amount = amount;
    this.unit = unit;
  }

  public static DurationInput of(Duration duration) {
    if (duration == null) {
      return new DurationInput();
    }
    long seconds = duration.getSeconds();
    for (String unit : UNITS) {
      long size = ChronoUnit.valueOf(unit).getDuration().getSeconds();
      if (seconds % size == 0 && duration.getNano() == 0) {
        return new DurationInput(seconds / size, unit);
      }
    }
    // a fraction of a second: not offered on pages; seconds is the closest honest unit
    return new DurationInput(seconds, "SECONDS");
  }

  /** The duration entered, or null when the amount is missing or too large to be one. */
  public Duration toDuration() {
    if (amount == null || unit == null || !UNITS.contains(unit)) {
      return null;
    }
    try {
      return Duration.of(amount, ChronoUnit.valueOf(unit));
    } catch (ArithmeticException e) {
      return null;
    }
  }

  public List<String> getUnits() {
    return UNITS;
  }

  public Long getAmount() {
    return amount;
  }

  public void setAmount(Long amount) {
    this.amount = amount;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }
}
