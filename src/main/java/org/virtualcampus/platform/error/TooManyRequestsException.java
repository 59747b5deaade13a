package org.virtualcampus.platform.error;

import java.time.Duration;

/** A client used up an abuse limit; it may try again after {@link #retryAfter()}. */
public class TooManyRequestsException extends DomainException {
  private final Duration retryAfter;

  public TooManyRequestsException(Duration retryAfter) {
    super(
        "Too many attempts",
        "Too many attempts in a short time; try again in " + Waits.words(retryAfter) + ".");
    this.retryAfter = retryAfter;
  }

  /** How long to wait, rounded up to whole seconds and at least one. */
  public Duration retryAfter() {
    long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    return Duration.ofSeconds(seconds);
  }

  /** The wait in whole minutes, rounded up, at least one. */
  public long minutesToWait() {
    return Math.max(1, (retryAfter().toSeconds() + 59) / 60);
  }

  /** Minutes rounded up (seconds under a minute), the way people say a wait. */
  static final class Waits {
    private Waits() {}

    static String words(Duration wait) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      if (seconds < 60) {
        return seconds == 1 ? "1 second" : seconds + " seconds";
      }
      long minutes = (seconds + 59) / 60;
      return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
  }
}
