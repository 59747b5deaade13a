package org.virtualcampus.notification.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.virtualcampus.identity.ui.CurrentMember;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

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
          last =
              notifications
                  .mine(memberId, new PageRequest(first / pageSize, pageSize))
                  .map(NotificationRow::of);
          setRowCount((int) last.total());
          return last.items();
        }

        @Override
        public String getRowKey(NotificationRow row) {
          return row.id();
        }
      };

  @PostConstruct
  void identify() {
    memberId = current.getId();
  }

  public LazyDataModel<NotificationRow> getModel() {
    return model;
  }
}
