package org.virtualcampus.learning.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.boundary.CohortProgress;
import org.virtualcampus.learning.boundary.Progress;
import org.virtualcampus.platform.ui.PageMessages;

/** A cohort's participants and the modules each has completed, for its facilitators. */
@Named
@ViewScoped
public class ProgressBacking implements Serializable {
  @Inject Progress progress;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String cohort;
  private CohortProgress shown;

  public void load() {
    try {
      shown = progress.of(cohort, current.get());
    } catch (RuntimeException e) {
      shown = null;
      messages.failed(e, null);
    }
  }

  public String title() {
    return shown == null
        ? messages.text("progress.titlePlain")
        : messages.text("progress.title", shown.cohortName());
  }

  public String modulesDone(CohortProgress.MemberProgress member) {
    return messages.text("progress.modulesDone", member.modulesComplete(), shown.modules());
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public CohortProgress getShown() {
    return shown;
  }
}
