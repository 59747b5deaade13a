package org.virtualcampus.notification.boundary;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.notification.entity.Notification;

/**
 * A notification as its recipient sees it, rendered in their language; delivery errors are for
 * coordinators only.
 */
@Schema(description = "A notification as its recipient sees it, rendered in their language.")
public record NotificationView(
    String id,
    String kind,
    String subject,
    String body,
    String html,
    String status,
    String delivery,
    boolean read,
    OffsetDateTime readAt,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt) {

  public static NotificationView of(Shown shown) {
    Notification n = shown.notification();
    return new NotificationView(
        n.id(),
        n.kind().name(),
        shown.texts().subject(),
        shown.texts().text(),
        shown.texts().html(),
        n.status().name(),
        n.delivery().name(),
        n.isRead(),
        OutboxEntry.utc(n.readAt()),
        OutboxEntry.utc(n.createdAt()),
        OutboxEntry.utc(n.sentAt()));
  }
}
