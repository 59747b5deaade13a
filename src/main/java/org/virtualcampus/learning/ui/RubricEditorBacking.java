package org.virtualcampus.learning.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.boundary.Homeworks;
import org.virtualcampus.learning.boundary.RubricForm;
import org.virtualcampus.learning.boundary.RubricView;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * The course's rubrics on the course page, and the grid editor: levels are columns, criteria rows,
 * one descriptor in each cell.
 */
@Named
@ViewScoped
public class RubricEditorBacking implements Serializable {
  @Inject Homeworks homeworks;
  @Inject CourseAuthoringBacking page;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private List<RubricView> rubrics;
  private String editing;
  private RubricForm form = new RubricForm();

  public List<RubricView> getRubrics() {
    if (rubrics == null && page.getCourse() != null) {
      try {
        rubrics = homeworks.rubrics(page.getId(), current.get());
      } catch (RuntimeException e) {
        rubrics = List.of();
        messages.failed(e, null);
      }
    }
    return rubrics == null ? List.of() : rubrics;
  }

  public void newRubric() {
    editing = null;
    form = new RubricForm();
    form.setLevels(
        new ArrayList<>(
            List.of(
                new RubricForm.LevelForm(messages.text("rubric.notYet"), 0),
                new RubricForm.LevelForm(messages.text("rubric.developing"), 1),
                new RubricForm.LevelForm(messages.text("rubric.proficient"), 2),
                new RubricForm.LevelForm(messages.text("rubric.exemplary"), 3))));
    form.setCriteria(new ArrayList<>());
    addCriterion();
  }

  public void edit(RubricView rubric) {
    editing = rubric.id();
    RubricForm copy = RubricForm.of(rubric.title(), rubric.grid());
    copy.setLevels(new ArrayList<>(copy.getLevels()));
    copy.setCriteria(new ArrayList<>(copy.getCriteria()));
    form = copy;
  }

  public void addLevel() {
    form.getLevels().add(new RubricForm.LevelForm("", form.getLevels().size()));
    form.getCriteria().forEach(c -> c.getDescriptors().add(""));
  }

  public void removeLevel(int index) {
    if (index >= 0 && index < form.getLevels().size()) {
      form.getLevels().remove(index);
      form.getCriteria().forEach(c -> c.getDescriptors().remove(index));
    }
  }

  public void addCriterion() {
    List<String> descriptors = new ArrayList<>();
    form.getLevels().forEach(l -> descriptors.add(""));
    form.getCriteria().add(new RubricForm.CriterionForm("", descriptors));
  }

  public void removeCriterion(int index) {
    if (index >= 0 && index < form.getCriteria().size()) {
      form.getCriteria().remove(index);
    }
  }

  public void save() {
    try {
      if (editing == null) {
        homeworks.createRubric(page.getId(), form, current.get());
      } else {
        homeworks.editRubric(editing, form, current.get());
      }
      rubrics = null;
      page.refresh();
      messages.info("rubric.saved", form.getTitle());
      PrimeFaces.current().executeScript("PF('rubricDialog').hide()");
    } catch (RuntimeException e) {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
      messages.failed(e, "rubricForm");
    }
  }

  public RubricForm getForm() {
    return form;
  }
}
