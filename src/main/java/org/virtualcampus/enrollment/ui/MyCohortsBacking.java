package org.virtualcampus.enrollment.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.enrollment.boundary.EnrollmentView;
import org.virtualcampus.enrollment.boundary.Places;
import org.virtualcampus.enrollment.boundary.Waitlists;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.PagedList;

/**
 * "My cohorts": places, waitlist positions and offers, with accept, decline and withdraw; a page at
 * a time with the total shown.
 */
@Named
@ViewScoped
public class MyCohortsBacking implements Serializable {
  @Inject Places myPlaces;
  @Inject Waitlists waitlists;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  static final int PAGE_SIZE = 20;

  private final PagedList<EnrollmentView> places =
      new PagedList<>(paging -> waitlists.mine(current.get(), paging), PAGE_SIZE);
  private final Map<String, String> cohortNames = new HashMap<>();

  @PostConstruct
  void load() {
    places.reload();
    names();
  }

  public void next() {
    places.next();
    names();
  }

  public void previous() {
    places.previous();
    names();
  }

  private void names() {
    places
        .getItems()
        .forEach(p -> cohortNames.put(p.cohortId(), p.cohortName() + " · " + p.courseTitle()));
  }

  public void accept(String enrollmentId) {
    act(() -> myPlaces.accept(enrollmentId, current.get()), "mine.accepted");
  }

  public void decline(String enrollmentId) {
    act(() -> myPlaces.decline(enrollmentId, current.get()), "mine.declined");
  }

  public void withdraw(String enrollmentId) {
    act(() -> myPlaces.withdraw(enrollmentId, current.get()), "mine.withdrawn");
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
    return places.getItems();
  }

  public PagedList<EnrollmentView> getPager() {
    return places;
  }
}
