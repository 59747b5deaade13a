package org.virtualcampus.notification.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.notification.entity.NotificationStatus;
import org.virtualcampus.platform.error.DomainException;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.PagedDataModel;

/**
 * Coordinators' outbox page: every notification with its delivery state, paged in the database; a
 * failed one can be sent again.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {
  @Inject Notifications notifications;
  @Inject PageMessages messages;

  private String statusFilter;

  private final PagedDataModel<NotificationRow> model =
      new PagedDataModel<>(
          paging -> notifications.outbox(status(), paging).map(NotificationRow::of),
          NotificationRow::id);

  private NotificationStatus status() {
    return statusFilter == null || statusFilter.isBlank()
        ? null
        : NotificationStatus.valueOf(statusFilter);
  }

  public void retry(String notificationId) {
    try {
      notifications.retry(notificationId);
      messages.info("outbox.retried");
    } catch (DomainException e) {
      messages.failed(e, null);
    }
  }

  public List<String> getStatuses() {
    return Arrays.stream(NotificationStatus.values()).map(Enum::name).toList();
  }

  public PagedDataModel<NotificationRow> getModel() {
    return model;
  }

  public String getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(String statusFilter) {
    this.statusFilter = statusFilter;
  }
}
