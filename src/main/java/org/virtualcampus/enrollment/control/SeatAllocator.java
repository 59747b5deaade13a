package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.enrollment.control.WaitlistPolicy.Candidate;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.enrollment.entity.WaitlistEvent;
import org.virtualcampus.enrollment.entity.WaitlistEventKind;
import org.virtualcampus.identity.entity.Profession;

/**
 * Hands out free seats. Every method expects the caller's transaction to hold the lock on the
 * cohort row, which is what makes seat counts and queue order safe across app instances.
 */
@ApplicationScoped
public class SeatAllocator {
  @PersistenceContext EntityManager em;
  @Inject EnrollmentQueries queries;
  @Inject SeatNotices notices;

  /** Gives every free seat to the next eligible person in line; returns who got one. */
  public List<Enrollment> fillFreeSeats(Cohort cohort, Instant now, String actorId) {
    List<Enrollment> seated = new ArrayList<>();
    if (!cohort.hasFreeSeat()) {
      return seated;
    }
    Map<String, Enrollment> waiting = new LinkedHashMap<>();
    queries.queue(cohort.id()).forEach(e -> waiting.put(e.id(), e));
    Map<Profession, Integer> held = new java.util.EnumMap<>(Profession.class);
    held.putAll(queries.seatsByProfession(cohort.id()));
    while (cohort.hasFreeSeat() && !waiting.isEmpty()) {
      List<Candidate> line =
          waiting.values().stream()
              .map(e -> new Candidate(e.id(), e.status(), e.member().profession()))
              .toList();
      var decision = WaitlistPolicy.nextInLine(line, held, cohort.professionSeatLimit());
      if (decision.seat().isEmpty()) {
        break;
      }
      Enrollment next = waiting.remove(decision.seat().get().enrollmentId());
      for (Candidate passed : decision.passedOver()) {
        Enrollment skipped = waiting.get(passed.enrollmentId());
        em.persist(
            new WaitlistEvent(
                skipped,
                WaitlistEventKind.PASSED_OVER,
                actorId,
                capReason(cohort, passed.profession(), held.getOrDefault(passed.profession(), 0))
                    + " The seat went to "
                    + next.member().displayName()
                    + ".",
                now));
      }
      give(cohort, next, now, actorId, null);
      held.merge(next.member().profession(), 1, Integer::sum);
      seated.add(next);
    }
    return seated;
  }

  /**
   * Seats one waiting person: an offer with a deadline when the cohort offers seats, otherwise
   * enrolment at once. Someone who asked in this very transaction was never on the waitlist.
   */
  public void give(Cohort cohort, Enrollment e, Instant now, String actorId, String reason) {
    boolean fromWaitlist = e.requestedAt().isBefore(now);
    cohort.takeSeat();
    if (cohort.seatPolicy().offersSeats()) {
      e.offer(now, cohort.offerDeadline(now));
      notices.offered(cohort, e, fromWaitlist);
    } else {
      e.enroll(now);
      notices.enrolled(cohort, e, fromWaitlist);
    }
    if (fromWaitlist || actorId != null) {
      em.persist(
          new WaitlistEvent(
                  e,
                  WaitlistEventKind.PROMOTED,
                  actorId,
                  reason != null ? reason : "Next in line when a seat freed.",
                  now)
              .waited(e.waitedUntil(now)));
    }
  }

  static String capReason(Cohort cohort, Profession profession, int held) {
    return label(profession)
        + " already hold "
        + held
        + " of "
        + cohort.capacity()
        + " seats (cap "
        + cohort.professionCapPercent()
        + "%).";
  }

  static String label(Profession p) {
    String words = p.name().toLowerCase().replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1) + "s";
  }
}
