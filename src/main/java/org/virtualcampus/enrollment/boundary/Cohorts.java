package org.virtualcampus.enrollment.boundary;

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
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.virtualcampus.course.boundary.CourseView;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.course.entity.Course;
import org.virtualcampus.enrollment.control.CohortEndings;
import org.virtualcampus.enrollment.control.CohortLocks;
import org.virtualcampus.enrollment.control.CohortQueries;
import org.virtualcampus.enrollment.control.EnrollmentQueries;
import org.virtualcampus.enrollment.control.SeatAllocator;
import org.virtualcampus.enrollment.entity.Admission;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.CohortPlan;
import org.virtualcampus.enrollment.entity.CohortStatus;
import org.virtualcampus.enrollment.entity.SeatPolicy;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.FieldError;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.paging.PagedQuery;

/** Planning cohorts: create, edit, change capacity and status, list. */
@ApplicationScoped
@Transactional
public class Cohorts {
  static final Duration LONGEST_OFFER_HOLD = Duration.ofDays(30);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Courses courses;
  @Inject MemberQueries members;
  @Inject CohortLocks locks;
  @Inject EnrollmentQueries enrollments;
  @Inject SeatAllocator allocator;
  @Inject CohortAccess access;
  @Inject CohortEndings endings;
  @Inject CohortQueries cohortQueries;

  /** A new cohort starts as a DRAFT; the coordinator opens it when it is ready. */
  public Cohort create(
      @NotNull(message = "a request body is required") @Valid CohortForm form, Actor actor) {
    requireManager(actor);
    Course course = courseOf(form);
    Cohort cohort = new Cohort(course.id(), actor.memberId(), plan(form), clock.instant());
    em.persist(cohort);
    return cohort;
  }

  /**
   * Edits a cohort made on the version the editor read. Raising the capacity gives the new seats to
   * the people waiting at once; lowering it below the seats already offered or taken is refused
   * (409), and so is an edit made on an older version, with what changed meanwhile. An edit without
   * a version is refused (400).
   */
  public Cohort update(
      @NotNull String cohortId,
      @NotNull(message = "a request body is required") @Valid CohortForm form,
      Actor actor) {
    requireManager(actor);
    if (form.getVersion() == null) {
      throw new InvalidInputException(
          "version", "version is required: send the version of the cohort you read");
    }
    Cohort cohort = locks.lock(cohortId);
    CohortPlan plan = plan(form);
    if (!cohort.courseId().equals(form.getCourseId())) {
      throw new InvalidInputException("courseId", "the course of an existing cohort cannot change");
    }
    cohort.edit(plan, form.getVersion());
    allocator.fillFreeSeats(cohort, clock.instant(), actor.memberId());
    return cohort;
  }

  /**
   * Moves a cohort along DRAFT → OPEN → RUNNING → COMPLETED (or CANCELLED). Opening gives the free
   * seats to those who said they were interested before, in order of their answers, then to the
   * waitlist. Cancelling or completing stops offers, promotions and sweeps, and tells everyone with
   * a place.
   */
  public Cohort changeStatus(@NotNull String cohortId, String status, Actor actor) {
    requireManager(actor);
    CohortStatus next = parse(CohortStatus.class, status, "status");
    Cohort cohort = locks.lock(cohortId);
    if (cohort.status() == next) {
      return cohort;
    }
    cohort.moveTo(next);
    if (cohort.isOver()) {
      endings.tellEveryoneWithAPlace(cohort);
    } else {
      allocator.fillFreeSeats(cohort, clock.instant(), actor.memberId());
    }
    return cohort;
  }

  public Cohort require(String cohortId) {
    Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw new NotFoundException("Cohort", cohortId);
    }
    return cohort;
  }

  /** A cohort the actor may see: 404 for a DRAFT unless they manage cohorts. */
  public Cohort requireVisible(String cohortId, Actor actor) {
    Cohort cohort = require(cohortId);
    if (!CohortAccess.visible(cohort.status(), actor)) {
      throw new NotFoundException("Cohort", cohortId);
    }
    return cohort;
  }

  /**
   * A cohort whose roster the actor may read (see {@link CohortAccess#requireRosterReader}):
   * coordinators and admins any, facilitators their own.
   */
  public Cohort requireReadable(String cohortId, Actor actor) {
    access.requireRosterReader(cohortId, actor);
    return require(cohortId);
  }

  /** {@link #requireReadable} as the pages show it, with the waitlist length. */
  public CohortView readableView(String cohortId, Actor actor) {
    return view(requireReadable(cohortId, actor));
  }

  public long waiting(String cohortId) {
    return enrollments.waitingCount(cohortId);
  }

  /**
   * A page of cohorts with their course titles, facilitators and waitlist lengths: one query each
   * for the whole page.
   */
  public Page<CohortView> views(Page<Cohort> page) {
    List<String> ids = page.items().stream().map(Cohort::id).toList();
    var waiting = enrollments.waitingCounts(ids);
    var titles = cohortQueries.courseTitles(page.items().stream().map(Cohort::courseId).toList());
    var facilitators = cohortQueries.facilitatorIds(ids);
    return page.map(
        c ->
            CohortView.of(
                c,
                titles.get(c.courseId()),
                facilitators.getOrDefault(c.id(), List.of()),
                waiting.getOrDefault(c.id(), 0L)));
  }

  /** One cohort on the wire. */
  public CohortView view(Cohort c) {
    return CohortView.of(
        c,
        cohortQueries.courseTitle(c.courseId()),
        List.copyOf(c.facilitatorIds()),
        waiting(c.id()));
  }

  public CourseView course(Cohort c) {
    return CourseView.of(courses.require(c.courseId()));
  }

  /**
   * Coordinators and admins see every cohort; facilitators the ones they facilitate, once they are
   * no longer drafts.
   */
  public Page<Cohort> list(Actor actor, PageRequest paging) {
    String where =
        actor.managesCohorts()
            ? ""
            : " where :me member of c.facilitatorIds and c.status <> :draft";
    var count = em.createQuery("select count(c) from Cohort c" + where, Long.class);
    var items =
        em.createQuery(
            "select c from Cohort c" + where + " order by c.startsOn desc, c.name", Cohort.class);
    if (!actor.managesCohorts()) {
      count.setParameter("me", actor.memberId()).setParameter("draft", CohortStatus.DRAFT);
      items.setParameter("me", actor.memberId()).setParameter("draft", CohortStatus.DRAFT);
    }
    return PagedQuery.of(count, items, paging);
  }

  private Course courseOf(CohortForm form) {
    try {
      return courses.require(form.getCourseId());
    } catch (NotFoundException e) {
      throw new InvalidInputException("courseId", "no course with id " + form.getCourseId());
    }
  }

  /** Checks what Bean Validation cannot see: enum names, the duration, date order, facilitators. */
  CohortPlan plan(CohortForm form) {
    List<FieldError> errors = new ArrayList<>();
    Admission admission = parseInto(Admission.class, form.getAdmission(), "admission", errors);
    SeatPolicy policy = parseInto(SeatPolicy.class, form.getSeatPolicy(), "seatPolicy", errors);
    Duration hold = null;
    try {
      hold = Duration.parse(form.getOfferHold() == null ? "PT72H" : form.getOfferHold().trim());
      if (hold.isNegative() || hold.isZero() || hold.compareTo(LONGEST_OFFER_HOLD) > 0) {
        errors.add(
            new FieldError("offerHold", "offerHold must be positive and at most 30 days (PT720H)"));
      } else if (hold.getNano() != 0) {
        // kept in whole seconds: a fraction would be cut off silently
        errors.add(new FieldError("offerHold", "offerHold must be a whole number of seconds"));
      }
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError("offerHold", "offerHold must be an ISO-8601 duration such as PT72H"));
    }
    if (form.getEndsOn().isBefore(form.getStartsOn())) {
      errors.add(new FieldError("endsOn", "endsOn must not be before startsOn"));
    }
    Instant opens =
        form.getInterestOpensAt() == null ? null : form.getInterestOpensAt().toInstant();
    Instant closes =
        form.getInterestClosesAt() == null ? null : form.getInterestClosesAt().toInstant();
    if (opens != null && closes != null && !closes.isAfter(opens)) {
      errors.add(
          new FieldError("interestClosesAt", "interestClosesAt must be after interestOpensAt"));
    }
    Set<String> facilitators = new HashSet<>();
    for (String id : form.getFacilitatorIds()) {
      var member = members.byId(id);
      if (member.isEmpty() || !member.get().hasRole(Role.FACILITATOR)) {
        errors.add(
            new FieldError("facilitatorIds", id + " is not a member with the FACILITATOR role"));
      } else {
        facilitators.add(id);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          "The cohort has " + errors.size() + " invalid field(s).", errors);
    }
    return new CohortPlan(
        form.getName().trim(),
        form.getCapacity(),
        opens,
        closes,
        form.getStartsOn(),
        form.getEndsOn(),
        ZoneId.of(form.getTimeZone().trim()),
        admission,
        policy,
        hold,
        form.getProfessionCapPercent(),
        facilitators);
  }

  private static <E extends Enum<E>> E parseInto(
      Class<E> type, String value, String field, List<FieldError> errors) {
    try {
      return parse(type, value, field);
    } catch (InvalidInputException e) {
      errors.addAll(e.fieldErrors());
      return null;
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names =
          java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      throw new InvalidInputException(field, field + " must be one of " + String.join(", ", names));
    }
  }

  private static void requireManager(Actor actor) {
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators plan cohorts.");
    }
  }
}
