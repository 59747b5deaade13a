package org.virtualcampus.platform.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * One abuse limit: at most {@code capacity} tries in a burst, given back evenly over {@code period}
 * (a token bucket refilled greedily). The name keys the setting {@code campus.limits.<name>}, whose
 * value {@code <capacity>/<ISO-8601 period>} (for example {@code 30/PT15M}) overrides the default.
 */
public record RateLimit(String name, long capacity, Duration period) {

  public RateLimit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    if (capacity < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException(
          "limit " + name + " needs a capacity of at least 1 and a positive period");
    }
  }

  public static RateLimit of(String name, long capacity, Duration period) {
    return new RateLimit(name, capacity, period);
  }

  /** This limit with the capacity and period of a setting such as {@code 30/PT15M}. */
  public RateLimit configuredAs(String setting) {
    String[] parts = setting.trim().split("/", 2);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "campus.limits." + name + " must look like 30/PT15M, not " + setting);
    }
    try {
      return new RateLimit(
          name, Long.parseLong(parts[0].trim()), Duration.parse(parts[1].trim().toUpperCase()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "campus.limits." + name + " must look like 30/PT15M, not " + setting, e);
    }
  }

  /** Changes whenever capacity or period change, so a stored bucket takes the new settings. */
  long configurationVersion() {
    return Math.abs(31 * capacity + period.toMillis()) & Long.MAX_VALUE;
  }
}
