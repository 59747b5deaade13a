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
import org.virtualcampus.identity.boundary.MemberView;
import org.virtualcampus.identity.boundary.Members;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.identity.ui.CurrentMember;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.ui.PageMessages;

/** Coordinators' list of cohorts, with new courses and new cohorts. */
@Named
@ViewScoped
public class CohortsAdminBacking implements Serializable {
  @Inject Cohorts cohorts;
  @Inject Courses courses;
  @Inject Members members;
  @Inject CurrentMember current;
  @Inject PageMessages messages;

  private List<CohortView> list;
  private List<CourseView> courseList;
  private List<MemberView> facilitators;
  private CourseForm course = new CourseForm(null, null, 5, 6);
  private CohortEditor cohort = freshCohort();

  @PostConstruct
  void load() {
    list = cohorts.views(cohorts.list(current.actor(), new PageRequest(0, 200))).items();
    courseList =
        courses.list(new PageRequest(0, 200)).items().stream().map(CourseView::of).toList();
    facilitators =
        members.search(null, Role.FACILITATOR, new PageRequest(0, 200)).items().stream()
            .map(MemberView::of)
            .toList();
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
      var created = cohorts.create(cohort.toForm(), current.actor());
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

  public List<CohortView> getList() {
    return list;
  }

  public List<CourseView> getCourses() {
    return courseList;
  }

  public List<MemberView> getFacilitators() {
    return facilitators;
  }

  public CourseForm getCourse() {
    return course;
  }

  public CohortEditor getCohort() {
    return cohort;
  }
}
