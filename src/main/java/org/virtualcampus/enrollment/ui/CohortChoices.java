package org.virtualcampus.enrollment.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.course.entity.Course;
import org.virtualcampus.identity.boundary.Members;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/**
 * Suggestions for the cohort form's search-as-you-type fields. The fields submit ids, as the
 * service expects them (an id it does not know is refused there, next to the field); this bean only
 * says which ids match what was typed and what to show for an id.
 */
@Named
@ViewScoped
public class CohortChoices implements Serializable {
  /**
   * How many suggestions a field shows; one more is fetched so the field can say there are more.
   */
  public static final int SHOWN = 12;

  /**
   * Labels are remembered per view so that showing a suggestion or a chosen value costs no query; a
   * view that has seen more than this many starts again rather than growing without end.
   */
  static final int REMEMBERED = 500;

  @Inject Courses courses;
  @Inject Members members;

  private final Map<String, String> courseTitles = new HashMap<>();
  private final Map<String, String> facilitatorNames = new HashMap<>();

  /** Ids of the courses whose title contains {@code query}; the first ones for an empty query. */
  public List<String> completeCourse(String query) {
    return remember(
        courses.search(query, firstAndOneMore()), courseTitles, Course::id, Course::title);
  }

  /** Ids of the facilitators whose name or e-mail contains {@code query}, shown with both. */
  public List<String> completeFacilitator(String query) {
    return remember(
        members.search(query, Role.FACILITATOR, firstAndOneMore()),
        facilitatorNames,
        Member::id,
        CohortChoices::facilitatorLabel);
  }

  public String courseTitle(String id) {
    return label(id, courseTitles, known -> courses.require(known).title());
  }

  public String facilitatorName(String id) {
    return label(id, facilitatorNames, known -> facilitatorLabel(members.require(known)));
  }

  /**
   * Name and address: two facilitators may share a name, and the coordinator must tell them apart.
   */
  static String facilitatorLabel(Member facilitator) {
    return facilitator.displayName() + " (" + facilitator.email() + ")";
  }

  public int getShown() {
    return SHOWN;
  }

  private static PageRequest firstAndOneMore() {
    return new PageRequest(0, SHOWN + 1);
  }

  private static <T> List<String> remember(
      Page<T> found,
      Map<String, String> labels,
      Function<T, String> id,
      Function<T, String> label) {
    if (labels.size() > REMEMBERED) {
      labels.clear();
    }
    found.items().forEach(item -> labels.put(id.apply(item), label.apply(item)));
    return found.items().stream().map(id).toList();
  }

  /** A value nobody offered (an old choice, or a forged id) is looked up, or shown as it is. */
  private static String label(
      String id, Map<String, String> labels, Function<String, String> lookup) {
    if (id == null || id.isBlank()) {
      return null;
    }
    String known = labels.get(id);
    if (known != null) {
      return known;
    }
    try {
      String found = lookup.apply(id);
      labels.put(id, found);
      return found;
    } catch (NotFoundException e) {
      return id;
    }
  }
}
