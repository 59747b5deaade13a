package org.virtualcampus.enrollment.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.enrollment.boundary.Cohorts;
import org.virtualcampus.enrollment.boundary.EnrollmentView;
import org.virtualcampus.enrollment.boundary.Enrollments;
import org.virtualcampus.enrollment.boundary.Waitlists;
import org.virtualcampus.identity.ui.CurrentMember;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.ui.PageMessages;

/** "My cohorts": places, waitlist positions and offers, with accept, decline and withdraw. */
@Named
@ViewScoped
public class MyCohortsBacking implements Serializable {
  @Inject Enrollments enrollments;
  @Inject Waitlists waitlists;
  @Inject Cohorts cohorts;
  @Inject CurrentMember current;
  @Inject PageMessages messages;

  private List<EnrollmentView> places;
  private final Map<String, String> cohortNames = new HashMap<>();

  @PostConstruct
  void load() {
    places = waitlists.mine(current.actor(), new PageRequest(0, 100)).items();
    places.forEach(
        p ->
            cohortNames.computeIfAbsent(
                p.cohortId(),
                id -> {
                  var c = cohorts.require(id);
                  return c.name() + " · " + c.course().title();
                }));
  }

  public void accept(String enrollmentId) {
    act(() -> enrollments.accept(enrollmentId, current.actor()), "mine.accepted");
  }

  public void decline(String enrollmentId) {
    act(() -> enrollments.decline(enrollmentId, current.actor()), "mine.declined");
  }

  public void withdraw(String enrollmentId) {
    act(() -> enrollments.withdraw(enrollmentId, current.actor()), "mine.withdrawn");
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      messages.info(doneKey);
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
    load();
  }

  public String cohortName(String cohortId) {
    return cohortNames.get(cohortId);
  }

  public List<EnrollmentView> getPlaces() {
    return places;
  }
}
