package org.virtualcampus.notification.boundary;

import java.time.OffsetDateTime;
import org.virtualcampus.notification.entity.Notification;

/** A notification as its recipient sees it; delivery errors are for coordinators only. */
public record NotificationView(
    String id,
    String kind,
    String subject,
    String body,
    String status,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt) {

  public static NotificationView of(Notification n) {
    return new NotificationView(
        n.id(),
        n.kind().name(),
        n.subject(),
        n.body(),
        n.status().name(),
        OutboxEntry.utc(n.createdAt()),
        OutboxEntry.utc(n.sentAt()));
  }
}
