package org.virtualcampus.notification.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.platform.error.DomainException;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.PagedDataModel;

/**
 * "My notifications": what the campus told the signed-in member, newest first, in their language,
 * paged in the database; unread ones marked, one or all at once marked read.
 */
@Named
@ViewScoped
public class MyNotificationsBacking implements Serializable {
  @Inject Notifications notifications;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String memberId;

  private final PagedDataModel<NotificationRow> model =
      new PagedDataModel<>(
          paging -> notifications.mine(memberId, paging).map(NotificationRow::of),
          NotificationRow::id);

  @PostConstruct
  void identify() {
    memberId = current.memberId();
  }

  public PagedDataModel<NotificationRow> getModel() {
    return model;
  }

  public void markAllRead() {
    int marked = notifications.markAllRead(memberId);
    messages.info("notifications.markedRead", marked);
  }

  public void markRead(String notificationId) {
    try {
      notifications.markRead(memberId, notificationId);
    } catch (DomainException e) {
      messages.failed(e, null);
    }
  }
}
