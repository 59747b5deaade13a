package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.learning.boundary.Assignments.Assignment;
import org.virtualcampus.learning.control.ModuleQueries;
import org.virtualcampus.learning.control.SubmissionQueries;
import org.virtualcampus.learning.entity.CourseModule;
import org.virtualcampus.learning.entity.Submission;

/** Reads what reviewers see, with names and titles fetched once per page, not per row. */
@ApplicationScoped
class ReviewViews {
  @Inject Recipients members;
  @Inject ModuleQueries modules;
  @Inject SubmissionQueries submissions;
  @Inject Attachments attachments;
  @Inject Assignments assignments;
  @Inject CohortAccess access;

  List<ReviewRow> rows(String courseId, List<Submission> page) {
    if (page.isEmpty()) {
      return List.of();
    }
    Set<String> people = new HashSet<>();
    page.forEach(
        s -> {
          people.add(s.memberId());
          if (s.reviewerId() != null) {
            people.add(s.reviewerId());
          }
        });
    Map<String, Recipient> names = members.recipients(people);
    Map<String, String> titles = new HashMap<>();
    modules.modulesOf(courseId).forEach(m -> titles.put(m.id(), m.title()));
    return page.stream()
        .map(
            s ->
                new ReviewRow(
                    s.id(),
                    s.memberId(),
                    name(names, s.memberId()),
                    s.moduleId(),
                    titles.get(s.moduleId()),
                    s.number(),
                    s.state(),
                    s.submittedAt(),
                    s.late(),
                    s.reviewerId(),
                    name(names, s.reviewerId()),
                    s.released()))
        .toList();
  }

  SubmissionReview review(Submission s, Assignment a) {
    HomeworkView homework = assignments.view(a);
    Integer maxPoints = Assignments.maxPoints(homework);
    List<Submission> versions =
        submissions.versions(s.homeworkId(), s.cohortId(), s.memberId()).stream()
            .filter(v -> v.number() <= s.number())
            .toList();
    List<String> facilitatorIds = access.facilitatorIds(s.cohortId());
    Set<String> people = new HashSet<>(facilitatorIds);
    people.add(s.memberId());
    versions.forEach(
        v -> {
          if (v.reviewerId() != null) {
            people.add(v.reviewerId());
          }
        });
    Map<String, Recipient> names = members.recipients(people);
    Map<String, List<AttachmentView>> files =
        attachments.of(versions.stream().map(Submission::id).toList());
    List<VersionView> views = new ArrayList<>();
    for (Submission v : versions) {
      views.add(
          VersionView.forStaff(
              v, files.getOrDefault(v.id(), List.of()), maxPoints, name(names, v.reviewerId())));
    }
    CourseModule module = a.module();
    return new SubmissionReview(
        a.cohort().id(),
        a.cohort().name(),
        s.memberId(),
        name(names, s.memberId()),
        module.id(),
        module.title(),
        homework,
        views.get(0),
        List.copyOf(views.subList(1, views.size())),
        s.reviewerId(),
        name(names, s.reviewerId()),
        facilitatorIds.stream()
            .map(id -> new SubmissionReview.Person(id, name(names, id)))
            .toList());
  }

  private static String name(Map<String, Recipient> names, String id) {
    Recipient r = id == null ? null : names.get(id);
    return r == null ? null : r.displayName();
  }
}
