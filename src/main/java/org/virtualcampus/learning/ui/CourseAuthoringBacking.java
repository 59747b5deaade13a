package org.virtualcampus.learning.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.virtualcampus.course.boundary.CourseView;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.boundary.CourseCopies;
import org.virtualcampus.learning.boundary.CourseCopyForm;
import org.virtualcampus.learning.boundary.CourseModules;
import org.virtualcampus.learning.boundary.ItemForm;
import org.virtualcampus.learning.boundary.ModuleForm;
import org.virtualcampus.learning.boundary.ModuleOutline;
import org.virtualcampus.learning.boundary.Move;
import org.virtualcampus.learning.entity.ItemKind;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.PagedDataModel;

/**
 * Coordinators write a course's modules here: the course list without an id, one course's modules
 * with their items, moved up and down, edited in dialogs, and copied into a new course.
 */
@Named
@ViewScoped
public class CourseAuthoringBacking implements Serializable {
  @Inject Courses courses;
  @Inject CourseModules modules;
  @Inject CourseCopies copies;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String id;
  private CourseView course;
  private List<ModuleOutline> outline = List.of();
  private final PagedDataModel<CourseView> list =
      new PagedDataModel<>(paging -> courses.list(paging).map(CourseView::of), CourseView::id);

  /** The module being written in the module dialog; null id for a new one. */
  private String editingModule;

  private ModuleForm moduleForm = new ModuleForm();
  private boolean releaseByWeek = true;

  /** The item being written: its module for a new one, its id for an edit. */
  private String itemModule;

  private String editingItem;
  private ItemForm itemForm = new ItemForm();
  private CourseCopyForm copyForm = new CourseCopyForm();

  public void load() {
    if (id == null) {
      return;
    }
    try {
      course = CourseView.of(courses.require(id));
      outline = modules.outline(id, current.get());
    } catch (RuntimeException e) {
      course = null;
      messages.failed(e, null);
    }
  }

  /** Reads the outline again after a change made through another part of the page. */
  public void refresh() {
    outline = modules.outline(id, current.get());
  }

  public void newModule() {
    editingModule = null;
    moduleForm = new ModuleForm(null, null, outline.size() + 1, null);
    releaseByWeek = true;
  }

  public void editModule(ModuleOutline module) {
    editingModule = module.id();
    moduleForm =
        new ModuleForm(module.title(), module.summary(), module.releaseWeek(), module.releaseOn());
    releaseByWeek = module.releaseWeek() != null;
  }

  public void saveModule() {
    if (releaseByWeek) {
      moduleForm.setReleaseOn(null);
    } else {
      moduleForm.setReleaseWeek(null);
    }
    try {
      if (editingModule == null) {
        modules.addModule(id, moduleForm, current.get());
      } else {
        modules.editModule(editingModule, moduleForm, current.get());
      }
      outline = modules.outline(id, current.get());
      messages.info("authoring.moduleSaved", moduleForm.getTitle());
      PrimeFaces.current().executeScript("PF('moduleDialog').hide()");
    } catch (RuntimeException e) {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
      messages.failed(e, "moduleForm");
    }
  }

  public void moveModule(String moduleId, Move.Direction direction) {
    try {
      outline = modules.moveModule(moduleId, new Move(direction), current.get());
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  public void removeModule(String moduleId) {
    try {
      outline = modules.removeModule(moduleId, current.get());
      messages.info("authoring.moduleRemoved");
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  public void newItem(String moduleId) {
    itemModule = moduleId;
    editingItem = null;
    itemForm = new ItemForm(ItemKind.READING, null, null, null, 15);
  }

  public void editItem(ModuleOutline.AuthoredItem item) {
    itemModule = null;
    editingItem = item.id();
    itemForm = ItemForm.of(item.content());
  }

  public void saveItem() {
    try {
      if (editingItem == null) {
        modules.addItem(itemModule, itemForm, current.get());
      } else {
        modules.editItem(editingItem, itemForm, current.get());
      }
      outline = modules.outline(id, current.get());
      messages.info("authoring.itemSaved", itemForm.getTitle());
      PrimeFaces.current().executeScript("PF('itemDialog').hide()");
    } catch (RuntimeException e) {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
      messages.failed(e, "itemForm");
    }
  }

  public void moveItem(String itemId, Move.Direction direction) {
    try {
      modules.moveItem(itemId, new Move(direction), current.get());
      outline = modules.outline(id, current.get());
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  public void removeItem(String itemId) {
    try {
      modules.removeItem(itemId, current.get());
      outline = modules.outline(id, current.get());
      messages.info("authoring.itemRemoved");
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  /** Copies the course and opens the copy. */
  public String copy() {
    try {
      String copied = copies.copyCourse(id, copyForm, current.get()).id();
      messages.info("authoring.copied", copyForm.getTitle());
      messages.keepForRedirect();
      return "/coordinator/course?faces-redirect=true&id=" + copied;
    } catch (RuntimeException e) {
      return messages.failed(e, "copyForm");
    }
  }

  public String moduleTitle(ModuleOutline module) {
    return messages.text("learn.moduleTitle", module.number(), module.title());
  }

  public ItemKind[] getKinds() {
    return ItemKind.values();
  }

  public Move.Direction getUp() {
    return Move.Direction.UP;
  }

  public Move.Direction getDown() {
    return Move.Direction.DOWN;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CourseView getCourse() {
    return course;
  }

  public List<ModuleOutline> getOutline() {
    return outline;
  }

  public PagedDataModel<CourseView> getList() {
    return list;
  }

  public boolean isEditingModule() {
    return editingModule != null;
  }

  public boolean isEditingItem() {
    return editingItem != null;
  }

  public ModuleForm getModuleForm() {
    return moduleForm;
  }

  public boolean isReleaseByWeek() {
    return releaseByWeek;
  }

  public void setReleaseByWeek(boolean releaseByWeek) {
    this.releaseByWeek = releaseByWeek;
  }

  public ItemForm getItemForm() {
    return itemForm;
  }

  public CourseCopyForm getCopyForm() {
    return copyForm;
  }
}
