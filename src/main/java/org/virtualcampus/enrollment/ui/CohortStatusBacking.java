package org.virtualcampus.enrollment.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.virtualcampus.enrollment.boundary.Cohorts;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * The status change on the Settings tab. Completing or cancelling cannot be undone and tells every
 * member with a place, so it asks once more on the page before it happens; keeping the status is
 * the first choice offered.
 */
@Named
@ViewScoped
public class CohortStatusBacking implements Serializable {
  static final Set<String> FINAL = Set.of("COMPLETED", "CANCELLED");

  @Inject CohortBacking workspace;
  @Inject Cohorts cohorts;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String status;
  private boolean confirming;

  public String change() {
    if (FINAL.contains(status) && !confirming) {
      confirming = true;
      return null;
    }
    confirming = false;
    try {
      cohorts.changeStatus(workspace.getId(), status, current.get());
      messages.info("cohort.statusChanged", messages.text("cohortStatus." + status));
      return workspace.redirectTo("settings");
    } catch (RuntimeException e) {
      messages.failed(e, null);
      return null;
    }
  }

  /** Leaves the status as it is. */
  public void keep() {
    confirming = false;
    status = null;
  }

  public boolean isConfirming() {
    return confirming;
  }

  /** The status chosen in the menu; the cohort's own until someone chooses. */
  public String getStatus() {
    if (status == null && workspace.getCohort() != null) {
      return workspace.getCohort().status();
    }
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
