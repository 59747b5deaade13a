package org.virtualcampus.notification.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.virtualcampus.identity.ui.CurrentMember;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.platform.ui.PagedDataModel;

/**
 * "My notifications": what the campus told the signed-in member, newest first, paged in the
 * database.
 */
@Named
@ViewScoped
public class MyNotificationsBacking implements Serializable {
  @Inject Notifications notifications;
  @Inject CurrentMember current;

  private String memberId;

  private final PagedDataModel<NotificationRow> model =
      new PagedDataModel<>(
          paging -> notifications.mine(memberId, paging).map(NotificationRow::of),
          NotificationRow::id);

  @PostConstruct
  void identify() {
    memberId = current.getId();
  }

  public PagedDataModel<NotificationRow> getModel() {
    return model;
  }
}
