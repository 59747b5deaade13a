package org.virtualcampus.enrollment.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.virtualcampus.enrollment.boundary.EnrollmentView;
import org.virtualcampus.enrollment.boundary.WaitlistBulk;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * The waitlist tab's bulk actions: the people ticked in the table are removed with one reason, or
 * sent one message. A refused action keeps its dialog open with the reason next to the field.
 */
@Named
@ViewScoped
public class WaitlistBulkBacking implements Serializable {
  @Inject CohortBacking workspace;
  @Inject WaitlistBulk bulk;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private List<EnrollmentView> selected = new ArrayList<>();
  private String action;
  private String text;

  /** Opens the dialog for "remove" or "message". */
  public void ask(String action) {
    this.action = action;
    this.text = null;
  }

  public void confirm() {
    List<String> ids = selected.stream().map(EnrollmentView::id).toList();
    try {
      int people =
          "remove".equals(action)
              ? bulk.removeAll(workspace.getId(), ids, current.get(), text)
              : bulk.messageAll(workspace.getId(), ids, current.get(), text);
      messages.info("waitlist.bulk.done." + action, people);
      selected = new ArrayList<>();
      workspace.refresh();
    } catch (RuntimeException e) {
      messages.failed(e, "bulkForm");
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public List<EnrollmentView> getSelected() {
    return selected;
  }

  public void setSelected(List<EnrollmentView> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getAction() {
    return action;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
