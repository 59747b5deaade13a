package org.virtualcampus.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NotificationTest {
  final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
  final Instant retryAt = clock.instant().plusSeconds(60);

  Notification notification() {
    return new Notification(
        NotificationKind.WELCOME, "m-1", "nora@example.org", "Welcome", "Hello", clock.instant());
  }

  @Test
  void newNotificationIsPending() {
    Notification n = notification();
    assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
    assertThat(n.attempts()).isZero();
  }

  @Test
  void failedTryIsCountedAndWaitsForItsRetryTime() {
    Notification n = notification();
    n.markFailed("Connection refused", retryAt);
    assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
    assertThat(n.attempts()).isEqualTo(1);
    assertThat(n.lastError()).isEqualTo("Connection refused");
    assertThat(n.claimedUntil()).isEqualTo(retryAt);
  }

  @Test
  void relayGivesUpAfterTheEighthFailedTry() {
    Notification n = notification();
    for (int i = 0; i < Notification.MAX_ATTEMPTS - 1; i++) {
      n.markFailed("Connection refused", retryAt);
    }
    assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
    n.markFailed("Connection refused", retryAt);
    assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);
    assertThat(n.attempts()).isEqualTo(8);
    assertThat(n.claimedUntil()).as("nothing to wait for any more").isNull();
  }

  @Test
  void sentNotificationClearsItsClaimAndError() {
    Notification n = notification();
    n.markFailed("Connection refused", retryAt);
    n.markSent(clock.instant());
    assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
    assertThat(n.sentAt()).isEqualTo(clock.instant());
    assertThat(n.lastError()).isNull();
    assertThat(n.claimedUntil()).isNull();
  }

  @Test
  void failureReportedAfterAnotherRelaySentItLeavesItSent() {
    Notification n = notification();
    n.markSent(clock.instant());
    n.markFailed("Read timed out", retryAt);
    assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
    assertThat(n.attempts()).isZero();
  }

  @Test
  void longErrorsAreCutToTheColumnSize() {
    Notification n = notification();
    n.markFailed("x".repeat(2_000), retryAt);
    assertThat(n.lastError()).hasSize(500);
  }
}
