package org.virtualcampus.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When to try a failed notification again: one minute after the first failure, doubling after each
 * further one, never more than an hour apart, for as long as the retry window lasts ({@code
 * campus.mail.retry-hours}, default 72, never less than 48) counted from queuing or from a
 * coordinator's retry. A try that fails after the window has passed is the last: the message is
 * FAILED. So a mail server may be away for two days without a notice being lost.
 */
@ApplicationScoped
public class Backoff {
  static final Duration FIRST = Duration.ofMinutes(1);
  static final Duration LONGEST = Duration.ofHours(1);
  public static final Duration SHORTEST_WINDOW = Duration.ofHours(48);

  @Inject
  @ConfigProperty(name = "campus.mail.retry-hours", defaultValue = "72")
  int retryHours = 72;

  /**
   * The earliest moment for the next try after {@code failedAttempts} failed tries, the latest at
   * {@code failedAt}; empty when the window that began at {@code retryingSince} is over.
   */
  public Optional<Instant> nextTry(int failedAttempts, Instant retryingSince, Instant failedAt) {
    if (!failedAt.isBefore(retryingSince.plus(window()))) {
      return Optional.empty();
    }
    return Optional.of(failedAt.plus(delayAfter(failedAttempts)));
  }

  public Duration window() {
    Duration configured = Duration.ofHours(retryHours);
    return configured.compareTo(SHORTEST_WINDOW) < 0 ? SHORTEST_WINDOW : configured;
  }

  Duration delayAfter(int failedAttempts) {
    int doublings = Math.max(0, failedAttempts - 1);
    // Past six doublings the hour cap applies anyway; stopping there keeps the shift from
    // overflowing.
    Duration delay = FIRST.multipliedBy(1L << Math.min(doublings, 6));
    return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
  }
}
