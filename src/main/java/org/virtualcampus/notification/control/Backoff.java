package org.virtualcampus.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed notification again: one minute after the first failure, doubling after each
 * further one, never more than an hour apart. With {@code Notification.MAX_ATTEMPTS} tries that
 * rides out a mail server outage of about two hours before the relay gives up.
 */
@ApplicationScoped
public class Backoff {
  static final Duration FIRST = Duration.ofMinutes(1);
  static final Duration LONGEST = Duration.ofHours(1);

  /** The earliest moment for the next try, {@code failedAttempts} tries having failed so far. */
  public Instant retryNotBefore(int failedAttempts, Instant failedAt) {
    return failedAt.plus(delayAfter(failedAttempts));
  }

  Duration delayAfter(int failedAttempts) {
    int doublings = Math.max(0, failedAttempts - 1);
    // Past six doublings the hour cap applies anyway; stopping there keeps the shift from
    // overflowing.
    Duration delay = FIRST.multipliedBy(1L << Math.min(doublings, 6));
    return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
  }
}
