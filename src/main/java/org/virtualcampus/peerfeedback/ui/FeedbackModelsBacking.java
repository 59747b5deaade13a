package org.virtualcampus.peerfeedback.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.peerfeedback.boundary.FeedbackModels;
import org.virtualcampus.peerfeedback.boundary.ModelForm;
import org.virtualcampus.peerfeedback.boundary.ModelView;
import org.virtualcampus.peerfeedback.entity.ModelElement;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * Coordinators write feedback models here: a new one, a change to one (templates too), or a copy of
 * a template to make their own; 1 to 12 elements whose keys stay as they were, so ratings made
 * earlier still read. Each refusal shows next to the field it is about.
 */
@Named
@ViewScoped
public class FeedbackModelsBacking implements Serializable {
  static final int MAX_ELEMENTS = 12;

  @Inject FeedbackModels models;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private List<ModelView> all = List.of();
  private String editingId;
  private ModelForm form;

  public void load() {
    try {
      all = models.all(current.get());
    } catch (RuntimeException e) {
      all = List.of();
      messages.failed(e, null);
    }
  }

  public void newModel() {
    editingId = null;
    form = new ModelForm();
    form.getElements().add(new ModelForm.ElementForm());
  }

  public void edit(ModelView model) {
    editingId = model.id();
    form = formOf(model, model.name());
  }

  /** A copy of a model (usually a template) to make one's own: a new model, same elements. */
  public void copy(ModelView model) {
    editingId = null;
    form = formOf(model, messages.text("models.copyName", model.name()));
  }

  private static ModelForm formOf(ModelView model, String name) {
    ModelForm made = new ModelForm();
    made.setName(name);
    made.setSummary(model.summary());
    made.setSource(model.source());
    List<ModelForm.ElementForm> elements = new ArrayList<>();
    for (ModelElement e : model.elements()) {
      elements.add(new ModelForm.ElementForm(e.key(), e.title(), e.description()));
    }
    made.setElements(elements);
    return made;
  }

  public void addElement() {
    if (form.getElements().size() < MAX_ELEMENTS) {
      form.getElements().add(new ModelForm.ElementForm());
    }
  }

  public void removeElement(int index) {
    if (index >= 0 && index < form.getElements().size()) {
      form.getElements().remove(index);
    }
  }

  public void save() {
    try {
      ModelView saved =
          editingId == null
              ? models.create(form, current.get())
              : models.change(editingId, form, current.get());
      editingId = saved.id();
      form = formOf(saved, saved.name());
      all = models.all(current.get());
      messages.info("models.saved", saved.name());
    } catch (ConstraintViolationException e) {
      e.getConstraintViolations().forEach(v -> at(clientId(v), v.getMessage()));
      FacesContext.getCurrentInstance().validationFailed();
    } catch (ConflictException e) {
      at("modelForm:name", messages.said(e));
      FacesContext.getCurrentInstance().validationFailed();
    } catch (RuntimeException e) {
      messages.failed(e, "modelForm");
    }
  }

  /** name, summary, source; an element's field in its row; the element list at its add button. */
  static String clientId(ConstraintViolation<?> violation) {
    String field = null;
    Integer index = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getIndex() != null) {
        index = node.getIndex();
      }
      field = node.getName();
    }
    if (index != null && field != null) {
      return "modelForm:elements:" + index + ":" + field;
    }
    if ("name".equals(field) || "summary".equals(field) || "source".equals(field)) {
      return "modelForm:" + field;
    }
    return "modelForm:addElement";
  }

  private static void at(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public boolean isEditing() {
    return form != null;
  }

  public boolean isFull() {
    return form != null && form.getElements().size() >= MAX_ELEMENTS;
  }

  public String getEditingId() {
    return editingId;
  }

  public List<ModelView> getAll() {
    return all;
  }

  public ModelForm getForm() {
    return form;
  }
}
