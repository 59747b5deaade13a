package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtualcampus.enrollment.control.EnrollmentQueries;
import org.virtualcampus.enrollment.control.EnrollmentQueries.PromotionStats;
import org.virtualcampus.enrollment.control.InvitationQueries;
import org.virtualcampus.enrollment.control.MemberPlaceQueries;
import org.virtualcampus.enrollment.control.PlaceRow;
import org.virtualcampus.enrollment.control.SeatFigureQueries;
import org.virtualcampus.enrollment.control.SeatFigures;
import org.virtualcampus.enrollment.control.WaitlistFilter;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.enrollment.entity.InvitationStatus;
import org.virtualcampus.enrollment.entity.WaitlistEvent;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.identity.entity.Profession;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/** Read side of enrollment: my places, a cohort's waitlist, roster, history and figures. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Waitlists {
  @PersistenceContext EntityManager em;
  @Inject EnrollmentQueries queries;
  @Inject MemberPlaceQueries places;
  @Inject SeatFigureQueries seatFigures;
  @Inject InvitationQueries invitations;
  @Inject Cohorts cohorts;
  @Inject CohortAccess access;

  /** My places, newest first, with positions and queue lengths read for the whole page at once. */
  public Page<EnrollmentView> mine(Actor actor, PageRequest paging) {
    Page<PlaceRow> page = places.ofMember(actor.memberId(), paging);
    List<PlaceRow> waiting = page.items().stream().filter(p -> p.status().isWaiting()).toList();
    Map<String, Integer> positions = queries.positions(waiting.stream().map(PlaceRow::id).toList());
    Map<String, Long> lengths =
        queries.waitingCounts(waiting.stream().map(PlaceRow::cohortId).distinct().toList());
    return page.map(p -> EnrollmentView.of(p, positions.get(p.id()), lengths.get(p.cohortId())));
  }

  /** The member's place in each of these cohorts where they have one, with line positions. */
  public Map<String, EnrollmentView> mineIn(String memberId, Collection<String> cohortIds) {
    Map<String, EnrollmentView> mine = new HashMap<>();
    withPositions(places.ofMemberIn(memberId, cohortIds)).forEach(p -> mine.put(p.cohortId(), p));
    return mine;
  }

  /**
   * The member's current places: offers first (soonest deadline first), then places in line, then
   * seats; at most {@code limit}.
   */
  public List<EnrollmentView> activeMine(String memberId, int limit) {
    return withPositions(places.activeOf(memberId, limit)).stream()
        .sorted(
            java.util.Comparator.comparingInt(Waitlists::urgency)
                .thenComparing(
                    EnrollmentView::offerExpiresAt,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .toList();
  }

  private static int urgency(EnrollmentView place) {
    return switch (place.status()) {
      case "OFFERED" -> 0;
      case "INTERESTED", "WAITLISTED" -> 1;
      default -> 2;
    };
  }

  private List<EnrollmentView> withPositions(List<PlaceRow> places) {
    List<PlaceRow> waiting = places.stream().filter(p -> p.status().isWaiting()).toList();
    Map<String, Integer> positions = queries.positions(waiting.stream().map(PlaceRow::id).toList());
    Map<String, Long> lengths =
        queries.waitingCounts(waiting.stream().map(PlaceRow::cohortId).distinct().toList());
    return places.stream()
        .map(p -> EnrollmentView.of(p, positions.get(p.id()), lengths.get(p.cohortId())))
        .toList();
  }

  public EnrollmentView withPosition(Enrollment e) {
    PlaceRow place =
        queries.place(e.id()).orElseThrow(() -> new NotFoundException("Enrollment", e.id()));
    if (!place.status().isWaiting()) {
      return EnrollmentView.of(place, null, null);
    }
    return EnrollmentView.of(place, queries.position(e), queries.waitingCount(e.cohortId()));
  }

  /** The queue in order; positions are 1..n without gaps. */
  public Page<EnrollmentView> waitlist(String cohortId, Actor actor, PageRequest paging) {
    access.requireRosterReader(cohortId, actor);
    Page<PlaceRow> page = queries.queuePage(cohortId, paging);
    List<PlaceRow> items = page.items();
    List<EnrollmentView> views = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      views.add(EnrollmentView.of(items.get(i), paging.offset() + i + 1, page.total()));
    }
    return new Page<>(views, page.page(), page.size(), page.total());
  }

  /**
   * The people in the queue whose name contains {@code name} and, when given, of {@code
   * profession}, each with their place in the whole queue; an unknown profession is refused.
   */
  public Page<EnrollmentView> waitlist(
      String cohortId, Actor actor, String name, String profession, PageRequest paging) {
    WaitlistFilter filter = new WaitlistFilter(name, profession(profession));
    if (filter.isEmpty()) {
      return waitlist(cohortId, actor, paging);
    }
    access.requireRosterReader(cohortId, actor);
    Page<PlaceRow> page = queries.queuePage(cohortId, filter, paging);
    Map<String, Integer> positions =
        queries.positions(page.items().stream().map(PlaceRow::id).toList());
    long waiting = queries.waitingCount(cohortId);
    return page.map(p -> EnrollmentView.of(p, positions.get(p.id()), waiting));
  }

  private static Profession profession(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Profession.parse(value)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "profession", "unknown profession; use one such as NURSE or PHYSICIAN"));
  }

  public Page<EnrollmentView> roster(
      String cohortId, Actor actor, Collection<EnrollmentStatus> statuses, PageRequest paging) {
    access.requireRosterReader(cohortId, actor);
    return queries.roster(cohortId, statuses, paging).map(e -> EnrollmentView.of(e, null, null));
  }

  public Page<WaitlistEventView> history(String cohortId, Actor actor, PageRequest paging) {
    access.requireRosterReader(cohortId, actor);
    Page<WaitlistEvent> page = queries.history(cohortId, paging);
    Set<String> ids = new HashSet<>();
    page.items()
        .forEach(
            w -> {
              ids.add(w.memberId());
              if (w.actorId() != null) {
                ids.add(w.actorId());
              }
            });
    Map<String, String> names = names(ids);
    return page.map(
        w ->
            WaitlistEventView.of(
                w, names.get(w.memberId()), w.actorId() == null ? null : names.get(w.actorId())));
  }

  /** Seats, queue, promotions and invitations of one cohort, counted by the database. */
  public CohortFigures figures(String cohortId, Actor actor) {
    access.requireRosterReader(cohortId, actor);
    Cohort cohort = cohorts.require(cohortId);
    SeatFigures seatsNow = seatFigures.seatFigures(cohortId).orElseThrow();
    PromotionStats promotions = queries.promotions(cohortId);
    Map<Profession, Integer> seats = queries.seatsByProfession(cohortId);
    Map<InvitationStatus, Long> funnel = invitations.funnel(cohortId);
    long invited = funnel.values().stream().mapToLong(Long::longValue).sum();
    return new CohortFigures(
        seatsNow.capacity(),
        seatsNow.seatsTaken(),
        seatsNow.enrolled(),
        seatsNow.offered(),
        seatsNow.waiting(),
        seatsNow.interested(),
        invited,
        funnel.get(InvitationStatus.OPENED)
            + funnel.get(InvitationStatus.INTERESTED)
            + funnel.get(InvitationStatus.DECLINED),
        funnel.get(InvitationStatus.INTERESTED),
        funnel.get(InvitationStatus.DECLINED),
        promotions.promoted(),
        promotions.averageWaitSeconds(),
        promotions.longestWaitSeconds(),
        seats.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(en -> en.getKey().name(), Map.Entry::getValue)),
        cohort.professionSeatLimit().orElse(null));
  }

  private Map<String, String> names(Set<String> ids) {
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select m.id, m.displayName from Member m where m.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(row -> names.put((String) row[0], (String) row[1]));
    }
    return names;
  }
}
