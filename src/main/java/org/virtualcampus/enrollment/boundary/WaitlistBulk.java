package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.virtualcampus.enrollment.control.EnrollmentQueries;
import org.virtualcampus.enrollment.control.SeatNotices;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * A coordinator acting on several people of one cohort at once, with one reason or message. All or
 * nothing: when any place is not in the cohort or cannot be changed, nothing is.
 */
@ApplicationScoped
@Transactional
public class WaitlistBulk {
  static final int MOST = 200;
  static final int LONGEST_MESSAGE = 1500;

  @Inject Seating seating;
  @Inject Cohorts cohorts;
  @Inject EnrollmentQueries queries;
  @Inject SeatNotices notices;

  /** Removes each of these places, as one removal each, all with the same reason. */
  public int removeAll(String cohortId, List<String> enrollmentIds, Actor actor, String reason) {
    List<Enrollment> places = placesIn(cohortId, enrollmentIds, actor);
    places.forEach(place -> seating.remove(place.id(), actor, reason));
    return places.size();
  }

  /** Sends each person of these places the same message, as a notification. */
  public int messageAll(String cohortId, List<String> enrollmentIds, Actor actor, String message) {
    if (message == null || message.isBlank()) {
      throw new InvalidInputException("message", "write the message to send");
    }
    if (message.length() > LONGEST_MESSAGE) {
      throw new InvalidInputException(
          "message", "the message must have at most " + LONGEST_MESSAGE + " characters");
    }
    List<Enrollment> places = placesIn(cohortId, enrollmentIds, actor);
    Cohort cohort = cohorts.require(cohortId);
    places.forEach(
        place -> notices.coordinatorMessage(cohort, place.memberId(), actor.memberId(), message));
    return places.size();
  }

  private List<Enrollment> placesIn(String cohortId, List<String> enrollmentIds, Actor actor) {
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators act on several people at once.");
    }
    cohorts.require(cohortId);
    Set<String> ids = new LinkedHashSet<>(enrollmentIds == null ? List.of() : enrollmentIds);
    ids.remove(null);
    if (ids.isEmpty()) {
      throw new InvalidInputException("enrollmentIds", "choose at least one person");
    }
    if (ids.size() > MOST) {
      throw new InvalidInputException(
          "enrollmentIds", "choose at most " + MOST + " people at a time");
    }
    List<Enrollment> places =
        ids.stream()
            .map(id -> queries.byId(id).orElseThrow(() -> new NotFoundException("Enrollment", id)))
            .toList();
    for (Enrollment place : places) {
      if (!place.cohortId().equals(cohortId)) {
        throw new InvalidInputException(
            "enrollmentIds", "place " + place.id() + " is not in this cohort");
      }
    }
    return places;
  }
}
