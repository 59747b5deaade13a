package org.virtualcampus.learning.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.boundary.ModuleOutline;
import org.virtualcampus.learning.boundary.Order;
import org.virtualcampus.learning.boundary.Reordering;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * The course page's "arrange" dialog: modules, or one module's items, dragged into a new order (or
 * moved with the list's buttons and keys) and saved at once.
 */
@Named
@ViewScoped
public class ArrangeBacking implements Serializable {
  @Inject Reordering reordering;
  @Inject CourseAuthoringBacking authoring;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  /** The module whose items are arranged; null: the course's modules. */
  private String moduleId;

  private String heading;
  private List<String> ids = new ArrayList<>();
  private final Map<String, String> titles = new HashMap<>();

  public void arrangeModules() {
    moduleId = null;
    heading = messages.text("arrange.modules");
    titles.clear();
    ids = new ArrayList<>();
    for (ModuleOutline md : authoring.getOutline()) {
      ids.add(md.id());
      titles.put(md.id(), md.title());
    }
  }

  public void arrangeItems(ModuleOutline md) {
    moduleId = md.id();
    heading = messages.text("arrange.items", md.title());
    titles.clear();
    ids = new ArrayList<>();
    for (ModuleOutline.AuthoredItem item : md.items()) {
      ids.add(item.id());
      titles.put(item.id(), item.content().title());
    }
  }

  public void save() {
    try {
      if (moduleId == null) {
        reordering.modules(authoring.getId(), new Order(ids), current.get());
      } else {
        reordering.items(moduleId, new Order(ids), current.get());
      }
      messages.info("arrange.saved");
    } catch (RuntimeException e) {
      messages.failed(e, "arrangeForm");
    }
    authoring.refresh();
  }

  public String titleOf(String id) {
    return titles.getOrDefault(id, id);
  }

  public String getHeading() {
    return heading;
  }

  public List<String> getIds() {
    return ids;
  }

  public void setIds(List<String> ids) {
    this.ids = ids;
  }
}
