package org.virtualcampus.notification.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.notification.entity.Notification;

/**
 * A message in the outbox as coordinators see it, with its delivery state: its kind, parameters and
 * texts rendered for the recipient. Never its secret: an invitation's personal link is shown as
 * withheld.
 */
@Schema(description = "A message in the outbox with its delivery state.")
public record OutboxEntry(
    String id,
    String kind,
    Map<String, String> params,
    String recipientId,
    String recipientEmail,
    String subject,
    String body,
    String status,
    String delivery,
    int attempts,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt,
    OffsetDateTime failedAt) {

  public static OutboxEntry of(Shown shown) {
    Notification n = shown.notification();
    return new OutboxEntry(
        n.id(),
        n.kind().name(),
        n.params().asMap(),
        n.recipientId(),
        n.recipientEmail(),
        shown.texts().subject(),
        shown.texts().text(),
        n.status().name(),
        n.delivery().name(),
        n.attempts(),
        n.lastError(),
        utc(n.createdAt()),
        utc(n.sentAt()),
        utc(n.failedAt()));
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
