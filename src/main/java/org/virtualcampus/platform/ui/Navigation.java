package org.virtualcampus.platform.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Where the viewer is, for the menu: {@code aria-current="page"} on the item of the page shown,
 * {@code "true"} on the item whose section holds a nested page (a cohort under Manage cohorts),
 * {@code "false"} elsewhere.
 */
@Named
@RequestScoped
public class Navigation {
  /** Nested pages and the menu page they belong under. */
  static final Map<String, String> SECTIONS =
      Map.of(
          "/coordinator/cohort.xhtml", "/coordinator/cohorts.xhtml",
          "/me/notification-preferences.xhtml", "/me/notifications.xhtml");

  public String current(String viewId) {
    return current(viewId, shownViewId());
  }

  static String current(String item, String shown) {
    if (shown == null) {
      return "false";
    }
    if (shown.equals(item)) {
      return "page";
    }
    return item.equals(SECTIONS.get(shown)) ? "true" : "false";
  }

  private static String shownViewId() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
  }
}
