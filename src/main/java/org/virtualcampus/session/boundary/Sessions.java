package org.virtualcampus.session.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortFacts;
import org.virtualcampus.enrollment.boundary.CohortStanding;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.boundary.CourseItems;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.persistence.Ids;
import org.virtualcampus.session.control.CalendarEvent;
import org.virtualcampus.session.control.CalendarWriter;
import org.virtualcampus.session.control.SessionQueries;
import org.virtualcampus.session.entity.LiveSession;
import org.virtualcampus.session.entity.SessionStatus;

/**
 * A cohort's live sessions: scheduled by its facilitators and coordinators, one at a time or weekly
 * at the same local time in the cohort's zone (right across daylight-saving changes), changed or
 * cancelled one at a time or as a whole series, and read by everyone taking part.
 */
@ApplicationScoped
@Transactional
public class Sessions {
  private static final String BODY = "a request body is required";

  @PersistenceContext EntityManager em;
  @Inject CohortAccess access;
  @Inject SessionQueries queries;
  @Inject CourseItems courseItems;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public CohortSessions ofCohort(String cohortId, Actor actor) {
    CohortStanding standing = access.requireParticipant(cohortId, actor);
    CohortFacts cohort = standing.cohort();
    Map<String, CourseItems.ItemRef> items = items(cohort.courseId());
    return new CohortSessions(
        cohort.id(),
        cohort.name(),
        cohort.timeZone().getId(),
        standing.readsRoster(),
        queries.ofCohort(cohortId).stream().map(s -> view(s, cohort, items)).toList(),
        standing.readsRoster()
            ? items.values().stream().map(SessionMaterial::of).toList()
            : List.of());
  }

  public List<SessionView> schedule(
      String cohortId, @NotNull(message = BODY) @Valid SessionForm form, Actor actor) {
    CohortFacts cohort = requireScheduler(cohortId, actor);
    requireFacilitator(form, cohortId);
    LocalDateTime first = form.localStart();
    int weeks = form.weeks();
    requireWithin(cohort, first, "startsAt");
    requireWithin(cohort, first.plusWeeks(weeks - 1L), "weeks");
    Map<String, CourseItems.ItemRef> items = items(cohort.courseId());
    List<String> materials = requireMaterials(form, items);
    String series = weeks > 1 ? Ids.newId() : null;
    List<SessionView> made = new ArrayList<>();
    for (int i = 0; i < weeks; i++) {
      LiveSession session =
          new LiveSession(
              cohortId,
              series,
              form.planAt(first.plusWeeks(i), cohort.timeZone()),
              clock.instant());
      session.useMaterials(materials);
      em.persist(session);
      made.add(view(session, cohort, items));
    }
    em.flush();
    return made;
  }

  /**
   * Changes one session, or (whole series) every session of its series not yet over, each moved by
   * the same wall-clock shift as this one.
   */
  public List<SessionView> change(
      String sessionId,
      @NotNull(message = BODY) @Valid SessionForm form,
      boolean wholeSeries,
      Actor actor) {
    LiveSession session = queries.locked(sessionId).orElseThrow(() -> missing(sessionId));
    CohortFacts cohort = requireScheduler(session.cohortId(), actor);
    requireFacilitator(form, cohort.id());
    LocalDateTime moved = form.localStart();
    requireWithin(cohort, moved, "startsAt");
    Map<String, CourseItems.ItemRef> items = items(cohort.courseId());
    List<String> materials = requireMaterials(form, items);
    if (!wholeSeries || session.seriesId() == null) {
      session.change(form.planAt(moved, cohort.timeZone()));
      session.useMaterials(materials);
      em.flush();
      return List.of(view(session, cohort, items));
    }
    Duration shift = Duration.between(local(session.startsAt(), cohort), moved);
    List<SessionView> changed = new ArrayList<>();
    for (LiveSession s : pending(session)) {
      LocalDateTime at = local(s.startsAt(), cohort).plus(shift);
      requireWithin(cohort, at, "startsAt");
      s.change(form.planAt(at, cohort.timeZone()));
      s.useMaterials(materials);
      changed.add(view(s, cohort, items));
    }
    em.flush();
    return changed;
  }

  /** Cancels one session, or every session of its series not yet over. */
  public List<SessionView> cancel(String sessionId, boolean wholeSeries, Actor actor) {
    LiveSession session = queries.locked(sessionId).orElseThrow(() -> missing(sessionId));
    CohortFacts cohort = requireScheduler(session.cohortId(), actor);
    List<LiveSession> affected =
        wholeSeries && session.seriesId() != null ? pending(session) : List.of(session);
    List<SessionView> cancelled = new ArrayList<>();
    Map<String, CourseItems.ItemRef> items = items(cohort.courseId());
    for (LiveSession s : affected) {
      s.cancel();
      cancelled.add(view(s, cohort, items));
    }
    em.flush();
    return cancelled;
  }

  /** The actor's sessions from now on (and those under way), soonest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SessionView> upcoming(Actor actor, int max) {
    Instant now = clock.instant();
    List<String> cohorts = access.cohortsOf(actor.memberId());
    Map<String, CohortFacts> facts = new HashMap<>();
    Map<String, Map<String, CourseItems.ItemRef>> itemsByCourse = new HashMap<>();
    List<SessionView> views = new ArrayList<>();
    for (LiveSession s : queries.ofCohortsFrom(cohorts, now.minus(Duration.ofHours(10)), max)) {
      if (s.plan().endsAt().isAfter(now)) {
        CohortFacts cohort = facts.computeIfAbsent(s.cohortId(), access::facts);
        Map<String, CourseItems.ItemRef> items =
            s.materials().isEmpty()
                ? Map.of()
                : itemsByCourse.computeIfAbsent(cohort.courseId(), this::items);
        views.add(view(s, cohort, items));
      }
    }
    return views;
  }

  /** One session's facts, for the features that build on sessions (attendance, peer feedback). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SessionFacts facts(String sessionId) {
    return queries.find(sessionId).map(SessionFacts::of).orElseThrow(() -> missing(sessionId));
  }

  /** Every session of a cohort, cancelled ones included, in start order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SessionFacts> factsOfCohort(String cohortId) {
    return queries.ofCohort(cohortId).stream().map(SessionFacts::of).toList();
  }

  /** One session as an iCalendar file, for anyone taking part in its cohort. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String calendarOf(String sessionId, Actor actor) {
    LiveSession session = queries.find(sessionId).orElseThrow(() -> missing(sessionId));
    CohortStanding standing;
    try {
      standing = access.requireParticipant(session.cohortId(), actor);
    } catch (AccessDeniedException e) {
      throw missing(sessionId);
    }
    CohortFacts cohort = standing.cohort();
    return CalendarWriter.write(
        cohort.name(),
        List.of(new CalendarEvent(session, cohort.name(), cohort.timeZone())),
        clock.instant());
  }

  private List<LiveSession> pending(LiveSession from) {
    Instant now = clock.instant();
    return queries.seriesLocked(from.seriesId()).stream()
        .filter(s -> s.status() == SessionStatus.SCHEDULED)
        .filter(s -> s == from || s.id().equals(from.id()) || s.plan().endsAt().isAfter(now))
        .toList();
  }

  private CohortFacts requireScheduler(String cohortId, Actor actor) {
    CohortStanding standing = access.standing(cohortId, actor);
    if (!standing.readsRoster()) {
      throw new AccessDeniedException(
          "Only the cohort's facilitators and coordinators schedule its sessions.");
    }
    return standing.cohort();
  }

  private void requireFacilitator(SessionForm form, String cohortId) {
    String id = form.getFacilitatorId();
    if (id != null && !id.isBlank() && !access.facilitatorIds(cohortId).contains(id)) {
      throw new InvalidInputException("facilitatorId", "not a facilitator of this cohort");
    }
  }

  /** Sessions fall within the cohort's days, in its zone. */
  private static void requireWithin(CohortFacts cohort, LocalDateTime at, String field) {
    if (at.toLocalDate().isBefore(cohort.startsOn()) || at.toLocalDate().isAfter(cohort.endsOn())) {
      throw new InvalidInputException(
          field,
          ("weeks".equals(field)
                  ? "the last weekly session would fall on "
                  : "the session falls on ")
              + at.toLocalDate()
              + ", outside the cohort's dates ("
              + cohort.startsOn()
              + " to "
              + cohort.endsOn()
              + ")");
    }
  }

  private static LocalDateTime local(Instant at, CohortFacts cohort) {
    return LocalDateTime.ofInstant(at, cohort.timeZone());
  }

  private static NotFoundException missing(String id) {
    return new NotFoundException("Session", id);
  }

  private static SessionView view(
      LiveSession s, CohortFacts cohort, Map<String, CourseItems.ItemRef> items) {
    return SessionView.of(s, cohort.name(), cohort.timeZone().getId(), items);
  }

  private Map<String, CourseItems.ItemRef> items(String courseId) {
    Map<String, CourseItems.ItemRef> items = new java.util.LinkedHashMap<>();
    courseItems.ofCourse(courseId).forEach(i -> items.put(i.itemId(), i));
    return items;
  }

  /** Materials are items of the cohort's own course. */
  private static List<String> requireMaterials(
      SessionForm form, Map<String, CourseItems.ItemRef> items) {
    List<String> ids = form.materials();
    for (String id : ids) {
      if (!items.containsKey(id)) {
        throw new InvalidInputException(
            "materialItemIds", id + " is not an item of this cohort's course");
      }
    }
    return ids;
  }
}
