package org.virtualcampus.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NotificationTest {
  final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
  final Instant now = clock.instant();
  final Instant retryAt = now.plusSeconds(60);

  Notification notification() {
    return new Notification(
        NotificationKind.WELCOME,
        "m-1",
        "nora@example.org",
        Params.empty(),
        Delivery.EMAIL,
        null,
        now);
  }

  @Test
  void newNotificationIsPendingAndUnread() {
    Notification n = notification();
    assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
    assertThat(n.attempts()).isZero();
    assertThat(n.isRead()).isFalse();
  }

  @Test
  void storesKindAndParametersNotText() {
    Notification n =
        new Notification(
            NotificationKind.SEAT_OFFERED,
            "m-1",
            "nora@example.org",
            Params.empty().with("cohortName", "Spring 2027").with("deadline", now),
            Delivery.EMAIL,
            null,
            now);
    assertThat(n.params().asMap())
        .containsEntry("cohortName", "Spring 2027")
        .containsEntry("deadline", "2026-11-21T10:00:00Z");
    assertThat(n.legacySubject()).isEmpty();
  }

  @Test
  void failedTryIsCountedAndWaitsForItsRetryTime() {
    Notification n = notification();
    n.markFailed("Connection refused", now, retryAt);
    assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
    assertThat(n.attempts()).isEqualTo(1);
    assertThat(n.lastError()).isEqualTo("Connection refused");
    assertThat(n.claimedUntil()).isEqualTo(retryAt);
  }

  @Test
  void failureWithoutANextTryIsFailedAndACoordinatorsRetryStartsAfresh() {
    Notification n = notification();
    n.markFailed("Connection refused", now, retryAt);
    n.markFailed("Connection refused", now.plus(Duration.ofHours(72)), null);
    assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);
    assertThat(n.claimedUntil()).as("nothing to wait for any more").isNull();

    Instant later = now.plus(Duration.ofHours(80));
    assertThat(n.retry(later)).isTrue();
    assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
    assertThat(n.attempts()).isZero();
    assertThat(n.retryingSince()).isEqualTo(later);
    assertThat(n.retry(later)).as("only a failed message is retried").isFalse();
  }

  @Test
  void sendingWipesTheSecretAndClearsClaimAndError() {
    Notification n =
        new Notification(
            NotificationKind.INVITATION,
            null,
            "ben@example.org",
            Params.empty(),
            Delivery.EMAIL,
            "raw-token",
            now);
    n.markFailed("Connection refused", now, retryAt);
    assertThat(n.secretForSending()).contains("raw-token");
    n.markSent(now);
    assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
    assertThat(n.sentAt()).isEqualTo(now);
    assertThat(n.lastError()).isNull();
    assertThat(n.claimedUntil()).isNull();
    assertThat(n.secretForSending()).isEmpty();
  }

  @Test
  void failureReportedAfterAnotherRelaySentItLeavesItSent() {
    Notification n = notification();
    n.markSent(now);
    n.markFailed("Read timed out", now, retryAt);
    assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
    assertThat(n.attempts()).isZero();
  }

  @Test
  void inAppOnlyNoticesAreNeverPending() {
    Notification n =
        new Notification(
            NotificationKind.ENROLLED,
            "m-1",
            "n@x.org",
            Params.empty(),
            Delivery.IN_APP,
            null,
            now);
    assertThat(n.status()).isEqualTo(NotificationStatus.IN_APP);
  }

  @Test
  void readingTwiceKeepsTheFirstTime() {
    Notification n = notification();
    n.markRead(now);
    n.markRead(now.plusSeconds(5));
    assertThat(n.readAt()).isEqualTo(now);
  }

  @Test
  void longErrorsAreCutToTheColumnSize() {
    Notification n = notification();
    n.markFailed("x".repeat(2_000), now, retryAt);
    assertThat(n.lastError()).hasSize(500);
  }
}
