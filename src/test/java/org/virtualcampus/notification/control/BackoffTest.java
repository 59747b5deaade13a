package org.virtualcampus.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BackoffTest {
  final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
  final Backoff backoff = new Backoff();

  @Test
  void firstRetryComesOneMinuteAfterTheFirstFailure() {
    assertThat(backoff.retryNotBefore(1, clock.instant()))
        .isEqualTo(Instant.parse("2026-11-21T10:01:00Z"));
  }

  @Test
  void waitDoublesWithEachFurtherFailure() {
    assertThat(backoff.retryNotBefore(2, clock.instant()))
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
    assertThat(backoff.retryNotBefore(3, clock.instant()))
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(4)));
    assertThat(backoff.retryNotBefore(6, clock.instant()))
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(32)));
  }

  @Test
  void waitNeverExceedsAnHourHoweverManyFailures() {
    assertThat(backoff.retryNotBefore(7, clock.instant()))
        .isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    assertThat(backoff.retryNotBefore(1_000, clock.instant()))
        .isEqualTo(clock.instant().plus(Duration.ofHours(1)));
  }

  @Test
  void allRetriesOfAMessageSpanAboutTwoHours() {
    Duration total = Duration.ZERO;
    for (int failed = 1;
        failed < org.virtualcampus.notification.entity.Notification.MAX_ATTEMPTS;
        failed++) {
      total = total.plus(backoff.delayAfter(failed));
    }
    assertThat(total).isEqualTo(Duration.ofMinutes(1 + 2 + 4 + 8 + 16 + 32 + 60));
  }
}
