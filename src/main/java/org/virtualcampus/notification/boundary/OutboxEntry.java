package org.virtualcampus.notification.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.virtualcampus.notification.entity.Notification;

/** A message in the outbox as coordinators see it, with its delivery state. */
public record OutboxEntry(
    String id,
    String kind,
    String recipientId,
    String recipientEmail,
    String subject,
    String body,
    String status,
    int attempts,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt) {

  public static OutboxEntry of(Notification n) {
    return new OutboxEntry(
        n.id(),
        n.kind().name(),
        n.recipientId(),
        n.recipientEmail(),
        n.subject(),
        n.body(),
        n.status().name(),
        n.attempts(),
        n.lastError(),
        utc(n.createdAt()),
        utc(n.sentAt()));
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
