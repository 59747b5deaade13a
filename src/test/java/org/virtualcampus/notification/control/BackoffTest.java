package org.virtualcampus.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.virtualcampus.notification.entity.Delivery;
import org.virtualcampus.notification.entity.Notification;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.NotificationStatus;
import org.virtualcampus.notification.entity.Params;

class BackoffTest {
  final Instant queued = Instant.parse("2026-11-21T10:00:00Z");
  final Backoff backoff = new Backoff();

  @Test
  void firstRetryComesOneMinuteAfterTheFirstFailure() {
    assertThat(backoff.nextTry(1, queued, queued)).contains(queued.plus(Duration.ofMinutes(1)));
  }

  @Test
  void waitDoublesWithEachFurtherFailureUpToAnHour() {
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void retryWindowIsNeverShorterThanTwoDays() {
    backoff.retryHours = 2;
    assertThat(backoff.window()).isEqualTo(Duration.ofHours(48));
    backoff.retryHours = 96;
    assertThat(backoff.window()).isEqualTo(Duration.ofHours(96));
  }

  /**
   * A mail server that never answers: the relay tries whenever a try is due. The message keeps
   * being retried, never more than an hour apart, for at least 48 hours, and only then is FAILED.
   */
  @Test
  void aMessageIsRetriedForAtLeastFortyEightHoursThenFailed() {
    backoff.retryHours = 48;
    Notification n =
        new Notification(
            NotificationKind.WELCOME,
            "m-1",
            "n@x.org",
            Params.empty(),
            Delivery.EMAIL,
            null,
            queued);
    List<Instant> tries = new ArrayList<>();
    Instant now = queued;
    while (n.status() == NotificationStatus.PENDING) {
      tries.add(now);
      Optional<Instant> next = backoff.nextTry(n.attempts() + 1, n.retryingSince(), now);
      n.markFailed("Connection refused", now, next.orElse(null));
      now = next.orElse(now);
    }
    assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);
    Instant last = tries.get(tries.size() - 1);
    assertThat(Duration.between(queued, last)).isGreaterThanOrEqualTo(Duration.ofHours(48));
    assertThat(Duration.between(queued, last)).isLessThan(Duration.ofHours(49));
    for (int i = 1; i < tries.size(); i++) {
      assertThat(Duration.between(tries.get(i - 1), tries.get(i)))
          .isLessThanOrEqualTo(Duration.ofHours(1));
    }
    assertThat(tries).hasSizeGreaterThan(48);
  }
}
