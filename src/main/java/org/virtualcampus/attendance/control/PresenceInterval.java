package org.virtualcampus.attendance.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One stretch of time a participant was in the meeting. */
public record PresenceInterval(Instant joined, Instant left) {
  public PresenceInterval {
    Objects.requireNonNull(joined, "joined");
    Objects.requireNonNull(left, "left");
    if (left.isBefore(joined)) {
      throw new IllegalArgumentException("left " + left + " is before joined " + joined);
    }
  }

  public Duration length() {
    return Duration.between(joined, left);
  }

  /**
   * Sorted, with overlapping or touching intervals joined: a reconnect that overlaps the old
   * connection must not count the shared minutes twice.
   */
  static List<PresenceInterval> merge(List<PresenceInterval> intervals) {
    List<PresenceInterval> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparing(PresenceInterval::joined));
    List<PresenceInterval> merged = new ArrayList<>();
    for (PresenceInterval next : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && !next.joined().isAfter(merged.get(last).left())) {
        PresenceInterval current = merged.get(last);
        Instant left = next.left().isAfter(current.left()) ? next.left() : current.left();
        merged.set(last, new PresenceInterval(current.joined(), left));
      } else {
        merged.add(next);
      }
    }
    return List.copyOf(merged);
  }
}
