package org.virtualcampus.enrollment.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.virtualcampus.course.boundary.CourseForm;
import org.virtualcampus.course.boundary.CourseView;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.enrollment.boundary.CohortView;
import org.virtualcampus.enrollment.boundary.Cohorts;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.identity.boundary.MemberView;
import org.virtualcampus.identity.boundary.Members;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.PagedDataModel;

/** Coordinators' list of cohorts, with new courses and new cohorts. */
@Named
@ViewScoped
public class CohortsAdminBacking implements Serializable {
  @Inject Cohorts cohorts;
  @Inject Courses courses;
  @Inject Members members;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  /** Most choices a menu of courses or facilitators lists; the page says when there are more. */
  static final int CHOICES = 200;

  private final PagedDataModel<CohortView> list =
      new PagedDataModel<>(
          paging -> cohorts.views(cohorts.list(current.get(), paging)), CohortView::id);
  private Page<CourseView> courseList;
  private Page<MemberView> facilitators;
  private CourseForm course = new CourseForm(null, null, 5, 6);
  private CohortEditor cohort = freshCohort();

  @PostConstruct
  void load() {
    // TODO(issue 8): choices beyond the first CHOICES want a search-as-you-type field; until then
    // the page says how many are left out instead of cutting them silently.
    courseList = courses.list(new PageRequest(0, CHOICES)).map(CourseView::of);
    facilitators =
        members.search(null, Role.FACILITATOR, new PageRequest(0, CHOICES)).map(MemberView::of);
  }

  public void createCourse() {
    try {
      courses.create(course);
      messages.info("course.created", course.getTitle());
      course = new CourseForm(null, null, 5, 6);
    } catch (RuntimeException e) {
      messages.failed(e, "courseForm");
    }
    load();
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

  public List<CourseView> getCourses() {
    return courseList.items();
  }

  public long getCourseTotal() {
    return courseList.total();
  }

  public List<MemberView> getFacilitators() {
    return facilitators.items();
  }

  public long getFacilitatorTotal() {
    return facilitators.total();
  }

  public CourseForm getCourse() {
    return course;
  }

  public CohortEditor getCohort() {
    return cohort;
  }
}
