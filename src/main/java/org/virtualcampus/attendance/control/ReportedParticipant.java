package org.virtualcampus.attendance.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One person as a conferencing report lists them, all their rows merged. The name is what they
 * typed into the meeting and need not match a profile, which is why the e-mail wins as the key.
 *
 * @param originalName the name before a rename ("New (Original)" in Zoom), or null
 * @param email lower-cased and trimmed, or null for guests
 * @param intervals sorted, overlapping or touching intervals joined; never empty
 */
public record ReportedParticipant(
    String name, String originalName, String email, List<PresenceInterval> intervals) {
  public ReportedParticipant {
    name = name == null ? "" : name.strip();
    originalName = originalName == null || originalName.isBlank() ? null : originalName.strip();
    email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    Objects.requireNonNull(intervals, "intervals");
    if (intervals.isEmpty()) {
      throw new IllegalArgumentException("a participant needs at least one interval");
    }
    if (name.isEmpty() && email == null) {
      throw new IllegalArgumentException("a participant needs a name or an e-mail");
    }
    intervals = PresenceInterval.merge(intervals);
  }

  public Instant firstJoin() {
    return intervals.get(0).joined();
  }

  public Instant lastLeave() {
    return intervals.get(intervals.size() - 1).left();
  }

  /** The merged intervals add up without double counting, so this is time actually present. */
  public Duration attended() {
    return intervals.stream().map(PresenceInterval::length).reduce(Duration.ZERO, Duration::plus);
  }

  /** Rows of one person share their e-mail; guests have only the name they typed. */
  public String key() {
    return key(email, name);
  }

  static String key(String email, String name) {
    if (email != null && !email.isBlank()) {
      return email.strip().toLowerCase(Locale.ROOT);
    }
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }
}
