package org.virtualcampus.enrollment.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * When a cohort takes requests, records interest and moves seats, from its status and interest
 * window; each rule answers with the reason it refuses, or empty.
 */
record RequestWindow(CohortStatus status, Instant opensAt, Instant closesAt, ZoneId zone) {

  Optional<String> refusesRequests(Instant now) {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z").withZone(zone);
    return switch (status) {
      case DRAFT -> Optional.of("This cohort is not open for requests yet.");
      case CANCELLED -> Optional.of("This cohort has been cancelled.");
      case COMPLETED -> Optional.of("This cohort has finished.");
      case RUNNING -> Optional.of("This cohort is already running and no longer takes requests.");
      case OPEN -> {
        if (beforeWindow(now)) {
          yield Optional.of("Requests open on " + format.format(opensAt) + ".");
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
          yield Optional.of("Requests closed on " + format.format(closesAt) + ".");
        }
        yield Optional.empty();
      }
    };
  }

  /**
   * Before requests open (DRAFT, or OPEN before its interest window) an invitee's interest is
   * recorded in order of answers, to be seated in that order when requests open.
   */
  Optional<String> refusesInterest(Instant now) {
    boolean early = status == CohortStatus.DRAFT || beforeWindow(now);
    return early ? Optional.empty() : refusesRequests(now);
  }

  /**
   * Seats move once requests have opened and stop when the cohort is cancelled or completed (no
   * offers, promotions or sweeps).
   */
  Optional<String> refusesSeating(Instant now) {
    if (status == CohortStatus.RUNNING || (status == CohortStatus.OPEN && !beforeWindow(now))) {
      return Optional.empty();
    }
    return status.isOver()
        ? refusesRequests(now)
        : Optional.of("Seats are given once requests open.");
  }

  private boolean beforeWindow(Instant now) {
    return status == CohortStatus.OPEN && opensAt != null && now.isBefore(opensAt);
  }
}
