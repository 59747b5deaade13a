package org.virtualcampus.learning.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.boundary.CohortModules;
import org.virtualcampus.learning.boundary.Learning;
import org.virtualcampus.learning.boundary.ModuleView;
import org.virtualcampus.platform.ui.PageMessages;

/** A cohort's modules for the person working through them: what is open, and their progress. */
@Named
@ViewScoped
public class LearnBacking implements Serializable {
  @Inject Learning learning;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String cohort;

  /** A course previewed by its authors, every module open and nothing to mark. */
  private String course;

  private CohortModules modules;

  public void load() {
    try {
      if (cohort != null) {
        modules = learning.modules(cohort, current.get());
      } else if (course != null) {
        modules = learning.preview(course, current.get());
      }
    } catch (RuntimeException e) {
      modules = null;
      messages.failed(e, null);
    }
  }

  /** Marks the item done or not; the answer shows the new progress where the person clicked. */
  public void mark(String itemId, boolean done) {
    try {
      modules = learning.markDone(cohort, itemId, done, current.get());
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  public String title() {
    if (modules == null || modules.cohortName() == null) {
      return messages.text(course == null ? "learn.title" : "learn.preview");
    }
    return messages.text("learn.titleOf", modules.cohortName());
  }

  public String moduleTitle(ModuleView module) {
    return messages.text("learn.moduleTitle", module.number(), module.title());
  }

  public String moduleProgress(ModuleView module) {
    return messages.text("learn.moduleProgress", module.number());
  }

  public String itemsDone(int done, int total) {
    return messages.text("learn.itemsDone", done, total);
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public CohortModules getModules() {
    return modules;
  }
}
