package org.virtualcampus.notification.ui;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import org.virtualcampus.notification.entity.Notification;

/**
 * A notification as the pages show it. Times are {@link Date}s because f:convertDateTime applies
 * its timeZone (the viewer's) only to those; java.time values would print in their own offset.
 */
public record NotificationRow(
    String id,
    String kind,
    String recipientEmail,
    String subject,
    String body,
    String status,
    int attempts,
    String lastError,
    Date createdAt,
    Date sentAt)
    implements Serializable {

  public static NotificationRow of(Notification n) {
    return new NotificationRow(
        n.id(),
        n.kind().name(),
        n.recipientEmail(),
        n.subject(),
        n.body(),
        n.status().name(),
        n.attempts(),
        n.lastError(),
        date(n.createdAt()),
        date(n.sentAt()));
  }

  /** PrimeFaces tag colour for the status. */
  public String severity() {
    return switch (status) {
      case "SENT" -> "success";
      case "FAILED" -> "danger";
      default -> "info";
    };
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
