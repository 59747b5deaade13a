package org.virtualcampus.attendance.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.virtualcampus.attendance.boundary.AttendancePolicies;
import org.virtualcampus.attendance.boundary.PolicyForm;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.ui.CourseAuthoringBacking;
import org.virtualcampus.platform.ui.PageMessages;

/** The attendance rules card on the coordinator's course page. */
@Named
@ViewScoped
public class AttendancePolicyBacking implements Serializable {
  @Inject AttendancePolicies policies;
  @Inject CourseAuthoringBacking page;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private PolicyForm form;

  public PolicyForm getForm() {
    if (form == null && page.getCourse() != null) {
      try {
        form = policies.of(page.getId(), current.get());
      } catch (RuntimeException e) {
        messages.failed(e, null);
      }
    }
    return form;
  }

  public void save() {
    try {
      form = policies.change(page.getId(), form, current.get());
      messages.info("attendancePolicy.saved");
    } catch (RuntimeException e) {
      messages.failed(e, "attendancePolicy");
    }
  }
}
