package org.virtualcampus.notification.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.virtualcampus.identity.ui.CurrentMember;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.platform.ui.PageMessages;

/** The unread count in the page navigation: one count query per page view, for members only. */
@Named
@RequestScoped
public class UnreadNotifications {
  @Inject Notifications notifications;
  @Inject CurrentMember current;
  @Inject PageMessages messages;

  private Long count;

  public long getCount() {
    if (count == null) {
      count = current.isSignedIn() ? notifications.unreadCount(current.getId()) : 0L;
    }
    return count;
  }

  /** "Notifications" or "Notifications (3 unread)". */
  public String getLabel() {
    long unread = getCount();
    return unread == 0
        ? messages.text("nav.notifications")
        : messages.text("nav.notificationsUnread", unread);
  }
}
