package org.virtualcampus.attendance.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The one rule that turns a reported participant into present, late or absent. */
public final class ImportRule {
  /** The room opens 10 minutes early (as for joining), and people use it to settle in. */
  static final Duration EARLY = Duration.ofMinutes(10);

  private ImportRule() {}

  public static ImportedStatus classify(
      ReportedParticipant p, Instant sessionStart, Instant sessionEnd, ImportThresholds t) {
    Objects.requireNonNull(t, "thresholds");
    if (sessionEnd.isBefore(sessionStart)) {
      throw new IllegalArgumentException("the session ends before it starts");
    }
    Instant from = sessionStart.minus(EARLY);
    Duration attended = attendedWithin(p, from, sessionEnd);
    // Minutes before the room opened or after the session ended are not attendance.
    if (attended.compareTo(Duration.ofMinutes(t.minimumMinutes())) < 0) {
      return ImportedStatus.ABSENT;
    }
    // Exactly at the limit is still on time: "late after N minutes" means strictly more than N.
    Instant firstJoin = firstJoinWithin(p, from, sessionEnd).orElse(p.firstJoin());
    if (firstJoin.isAfter(sessionStart.plus(Duration.ofMinutes(t.lateAfterMinutes())))) {
      return ImportedStatus.LATE;
    }
    return ImportedStatus.PRESENT;
  }

  /** Time present between from and to; merged intervals, so nothing is counted twice. */
  public static Duration attendedWithin(ReportedParticipant p, Instant from, Instant to) {
    Duration total = Duration.ZERO;
    for (PresenceInterval interval : p.intervals()) {
      Instant start = interval.joined().isAfter(from) ? interval.joined() : from;
      Instant end = interval.left().isBefore(to) ? interval.left() : to;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  // A visit that ended before the room opened (a test call the night before) says nothing about
  // punctuality, so lateness looks at the first join that overlaps the window.
  private static Optional<Instant> firstJoinWithin(
      ReportedParticipant p, Instant from, Instant to) {
    return p.intervals().stream()
        .filter(i -> i.left().isAfter(from) && !i.joined().isAfter(to))
        .map(PresenceInterval::joined)
        .findFirst();
  }
}
