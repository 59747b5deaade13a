package org.virtualcampus.notification.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.notification.entity.NotificationStatus;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/** Coordinators' outbox page: every notification with its delivery state, paged in the database. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {
  @Inject Notifications notifications;

  private String statusFilter;

  private final LazyDataModel<NotificationRow> model =
      new LazyDataModel<>() {
        private transient Page<NotificationRow> last;

        @Override
        public int count(Map<String, FilterMeta> filters) {
          return last == null ? 0 : (int) last.total();
        }

        @Override
        public List<NotificationRow> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
          NotificationStatus status =
              statusFilter == null || statusFilter.isBlank()
                  ? null
                  : NotificationStatus.valueOf(statusFilter);
          last =
              notifications
                  .outbox(status, new PageRequest(first / pageSize, pageSize))
                  .map(NotificationRow::of);
          setRowCount((int) last.total());
          return last.items();
        }

        @Override
        public String getRowKey(NotificationRow row) {
          return row.id();
        }
      };

  public List<String> getStatuses() {
    return Arrays.stream(NotificationStatus.values()).map(Enum::name).toList();
  }

  public LazyDataModel<NotificationRow> getModel() {
    return model;
  }

  public String getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(String statusFilter) {
    this.statusFilter = statusFilter;
  }
}
