package org.virtualcampus.enrollment.control;

import org.virtualcampus.identity.entity.Profession;

/**
 * Narrows the waitlist to people whose name contains {@code name} (any case, taken literally) and,
 * when given, of one profession. Positions stay those of the whole queue.
 */
public record WaitlistFilter(String name, Profession profession) implements java.io.Serializable {
  public static final WaitlistFilter NONE = new WaitlistFilter(null, null);

  public boolean isEmpty() {
    return (name == null || name.isBlank()) && profession == null;
  }
}
