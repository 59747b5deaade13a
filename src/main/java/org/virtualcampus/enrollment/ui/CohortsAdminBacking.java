package org.virtualcampus.enrollment.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.virtualcampus.course.boundary.CourseForm;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.enrollment.boundary.CohortView;
import org.virtualcampus.enrollment.boundary.Cohorts;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.PagedDataModel;

/** Coordinators' list of cohorts, with new courses and new cohorts. */
@Named
@ViewScoped
public class CohortsAdminBacking implements Serializable {
  @Inject Cohorts cohorts;
  @Inject Courses courses;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private final PagedDataModel<CohortView> list =
      new PagedDataModel<>(
          paging -> cohorts.views(cohorts.list(current.get(), paging)), CohortView::id);
  private CourseForm course = new CourseForm(null, null, 5, 6);
  private CohortEditor cohort = freshCohort();

  public void createCourse() {
    try {
      courses.create(course);
      messages.info("course.created", course.getTitle());
      course = new CourseForm(null, null, 5, 6);
    } catch (RuntimeException e) {
      messages.failed(e, "courseForm");
    }
  }

  public String createCohort() {
    try {
      var created = cohorts.create(cohort.toForm(), current.get());
      messages.info("cohort.created", created.name());
      messages.keepForRedirect();
      return "/coordinator/cohort.xhtml?faces-redirect=true&id=" + created.id();
    } catch (RuntimeException e) {
      return messages.failed(e, "cohortForm");
    }
  }

  private static CohortEditor freshCohort() {
    CohortEditor editor = new CohortEditor();
    editor.setCapacity(40);
    editor.setStartsOn(LocalDate.now().plusWeeks(6));
    editor.setEndsOn(LocalDate.now().plusWeeks(11));
    return editor;
  }

  public PagedDataModel<CohortView> getList() {
    return list;
  }

  public CourseForm getCourse() {
    return course;
  }

  public CohortEditor getCohort() {
    return cohort;
  }
}
