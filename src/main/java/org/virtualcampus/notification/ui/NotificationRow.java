package org.virtualcampus.notification.ui;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import org.virtualcampus.notification.boundary.Shown;
import org.virtualcampus.notification.entity.Notification;

/**
 * A notification as the pages show it, rendered for its recipient. Times are shown through
 * ViewerFormat, in the viewer's zone and language. {@code html} is built from escaped text (see
 * Templates) and safe to output.
 */
public record NotificationRow(
    String id,
    String kind,
    String recipientEmail,
    String subject,
    String body,
    String html,
    String status,
    String delivery,
    boolean read,
    int attempts,
    String lastError,
    Date createdAt,
    Date sentAt)
    implements Serializable {

  public static NotificationRow of(Shown shown) {
    Notification n = shown.notification();
    return new NotificationRow(
        n.id(),
        n.kind().name(),
        n.recipientEmail(),
        shown.texts().subject(),
        shown.texts().text(),
        shown.texts().html(),
        n.status().name(),
        n.delivery().name(),
        n.isRead(),
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
      case "IN_APP" -> "secondary";
      default -> "info";
    };
  }

  public boolean failed() {
    return "FAILED".equals(status);
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
