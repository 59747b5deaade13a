package org.virtualcampus.peerfeedback.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.PrimeFaces;
import org.virtualcampus.attendance.ui.FieldMessages;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.peerfeedback.boundary.FormInput;
import org.virtualcampus.peerfeedback.boundary.FormView;
import org.virtualcampus.peerfeedback.boundary.MyPractice;
import org.virtualcampus.peerfeedback.boundary.PracticeForms;
import org.virtualcampus.peerfeedback.entity.FormKind;
import org.virtualcampus.peerfeedback.entity.ModelElement;
import org.virtualcampus.peerfeedback.entity.PracticeRole;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * A member's practice: their group and role this round, the scenario, the timer and the form their
 * role writes. The poll refreshes the heading; the form is reloaded only when the round changes.
 */
@Named
@ViewScoped
public class MyPracticeBacking implements Serializable {
  static final String FORM = "practiceForm";

  @Inject PracticeForms forms;
  @Inject CurrentActor current;
  @Inject PageMessages messages;
  @Inject FieldMessages fields;

  private String session;
  private MyPractice shown;
  private final Map<String, String> observations = new HashMap<>();
  private final Map<String, String> comments = new HashMap<>();
  private String keep;
  private String tryNext;
  private Integer usefulness;
  private String helped;
  private String notHelped;
  private String text;

  public void load() {
    try {
      shown = forms.mine(session, current.get());
      fill(shown.form());
    } catch (RuntimeException e) {
      shown = null;
      messages.failed(e, null);
    }
  }

  /** The poll: a new round (or role) reloads the form too; otherwise only the heading. */
  public void refresh() {
    try {
      MyPractice now = forms.mine(session, current.get());
      boolean changed = shown == null || now.round() != shown.round() || now.role() != shown.role();
      shown = now;
      if (changed) {
        fill(now.form());
        PrimeFaces.current().ajax().update(FORM);
      }
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  public void saveDraft() {
    save(false);
  }

  public void submit() {
    save(true);
  }

  private void save(boolean submit) {
    FormInput input = new FormInput();
    input.setSubmit(submit);
    for (ModelElement e : shown.elements()) {
      String o = observations.get(e.key());
      if (submit || (o != null && !o.isBlank())) {
        input
            .getRatings()
            .add(new FormInput.RatingInput(e.key(), blankToNull(o), comments.get(e.key())));
      }
    }
    input.setKeep(keep);
    input.setTryNext(tryNext);
    input.setUsefulness(usefulness);
    input.setHelped(helped);
    input.setNotHelped(notHelped);
    input.setText(text);
    try {
      FormView saved = forms.save(session, shown.round(), input, current.get());
      shown = forms.mine(session, current.get());
      fill(saved);
      messages.info(submit ? "practice.submitted" : "practice.draftSaved");
    } catch (InvalidInputException e) {
      e.fieldErrors().forEach(f -> fieldError(f.field(), f.message()));
      FacesContext.getCurrentInstance().validationFailed();
    } catch (RuntimeException e) {
      fields.failedAt(e, FORM + ":actions");
    }
  }

  /** A 400 next to the field it names: an element's radios, usefulness, or the form's actions. */
  private void fieldError(String field, String message) {
    String target = FORM + ":actions";
    if (field.startsWith("ratings.")) {
      List<ModelElement> elements = shown.elements();
      for (int i = 0; i < elements.size(); i++) {
        if (elements.get(i).key().equals(field.substring("ratings.".length()))) {
          target = FORM + ":elements:" + i + ":observation";
        }
      }
    } else if ("usefulness".equals(field)) {
      target = FORM + ":usefulness";
    }
    FacesContext.getCurrentInstance()
        .addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  private void fill(FormView form) {
    observations.clear();
    comments.clear();
    keep = tryNext = helped = notHelped = text = null;
    usefulness = null;
    if (form == null) {
      return;
    }
    for (FormView.Rated r : form.ratings()) {
      observations.put(r.element(), r.observation() == null ? null : r.observation().name());
      comments.put(r.element(), r.comment());
    }
    keep = form.keep();
    tryNext = form.tryNext();
    usefulness = form.usefulness();
    helped = form.helped();
    notHelped = form.notHelped();
    text = form.text();
  }

  public boolean isSubmitted() {
    return shown != null && shown.form() != null && shown.form().submittedAt() != null;
  }

  public boolean writes(String kind) {
    return shown != null && shown.formKind() == FormKind.valueOf(kind) && shown.round() > 0;
  }

  public String roleLabel(PracticeRole role) {
    return role == null ? messages.text("practice.sitsOut") : messages.text("practiceRole." + role);
  }

  public boolean isMe(MyPractice.Mate mate) {
    return Objects.equals(mate.memberId(), current.get().memberId());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }

  public MyPractice getShown() {
    return shown;
  }

  public Map<String, String> getObservations() {
    return observations;
  }

  public Map<String, String> getComments() {
    return comments;
  }

  public String getKeep() {
    return keep;
  }

  public void setKeep(String keep) {
    this.keep = keep;
  }

  public String getTryNext() {
    return tryNext;
  }

  public void setTryNext(String tryNext) {
    this.tryNext = tryNext;
  }

  public Integer getUsefulness() {
    return usefulness;
  }

  public void setUsefulness(Integer usefulness) {
    this.usefulness = usefulness;
  }

  public String getHelped() {
    return helped;
  }

  public void setHelped(String helped) {
    this.helped = helped;
  }

  public String getNotHelped() {
    return notHelped;
  }

  public void setNotHelped(String notHelped) {
    this.notHelped = notHelped;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
