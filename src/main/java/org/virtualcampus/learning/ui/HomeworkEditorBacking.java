package org.virtualcampus.learning.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.boundary.HomeworkForm;
import org.virtualcampus.learning.boundary.Homeworks;
import org.virtualcampus.learning.boundary.ModuleOutline;
import org.virtualcampus.platform.ui.PageMessages;

/** The homework dialog of the course page: one homework per module, written or changed. */
@Named
@ViewScoped
public class HomeworkEditorBacking implements Serializable {
  @Inject Homeworks homeworks;
  @Inject CourseAuthoringBacking page;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String moduleId;
  private String moduleTitle;
  private HomeworkForm form = new HomeworkForm();

  public void open(ModuleOutline module) {
    moduleId = module.id();
    moduleTitle = module.title();
    if (module.homework() != null) {
      form = HomeworkForm.of(module.homework());
    } else {
      form = new HomeworkForm();
      form.setDueDay(Math.max(0, module.number() * 7 - 1));
      form.setDueTime("23:59");
      form.setFileTypes(new java.util.ArrayList<>(List.of("pdf", "docx")));
    }
  }

  public void save() {
    try {
      homeworks.defineHomework(moduleId, form, current.get());
      page.refresh();
      messages.info("homework.saved", moduleTitle);
      PrimeFaces.current().executeScript("PF('homeworkDialog').hide()");
    } catch (RuntimeException e) {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
      messages.failed(e, "homeworkForm");
    }
  }

  public void remove(String module) {
    try {
      homeworks.removeHomework(module, current.get());
      page.refresh();
      messages.info("homework.removed");
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  public List<String> getKnownTypes() {
    return HomeworkForm.KNOWN_TYPES.stream().sorted().toList();
  }

  public HomeworkForm getForm() {
    return form;
  }

  public String getModuleTitle() {
    return moduleTitle;
  }
}
