package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtualcampus.enrollment.control.WaitlistPolicy.Candidate;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.enrollment.entity.WaitlistEvent;
import org.virtualcampus.enrollment.entity.WaitlistEventKind;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Profession;

/**
 * Hands out free seats. Every method expects the caller's transaction to hold the lock on the
 * cohort row, which is what makes seat counts and queue order safe across app instances.
 */
@ApplicationScoped
public class SeatAllocator {
  private static final int MAX_STRETCH = 200;

  @PersistenceContext EntityManager em;
  @Inject EnrollmentQueries queries;
  @Inject SeatNotices notices;
  @Inject MemberQueries members;

  /**
   * Gives every free seat to the next eligible person in line; returns who got one. Gives none
   * before requests open or once the cohort is over.
   *
   * <p>Reads only the head of the queue: as many waiting people as there are free seats (twice as
   * many when professions are capped, since some may be passed over), and the next stretch only
   * when everyone read so far was passed over. So the work grows with the seats freed, not with the
   * length of the waitlist.
   */
  public List<Enrollment> fillFreeSeats(Cohort cohort, Instant now, String actorId) {
    List<Enrollment> seated = new ArrayList<>();
    if (!cohort.hasFreeSeat() || cohort.refusesSeating(now).isPresent()) {
      return seated;
    }
    Optional<Integer> limit = cohort.professionSeatLimit();
    Map<Profession, Integer> held = new EnumMap<>(Profession.class);
    if (limit.isPresent()) {
      held.putAll(queries.seatsByProfession(cohort.id()));
    }
    int stretch = Math.min(MAX_STRETCH, cohort.seatsFree() * (limit.isPresent() ? 2 : 1));
    List<Candidate> line = new ArrayList<>();
    Long lastTicket = null;
    boolean moreWaiting = true;
    while (cohort.hasFreeSeat()) {
      var decision = WaitlistPolicy.nextInLine(line, held, limit);
      if (decision.seat().isEmpty()) {
        if (decision.blockedBy().isPresent() || !moreWaiting) {
          break;
        }
        List<QueuedPlace> next = queries.queueHead(cohort.id(), lastTicket, stretch);
        moreWaiting = next.size() == stretch;
        if (next.isEmpty()) {
          break;
        }
        lastTicket = next.get(next.size() - 1).ticket();
        next.forEach(q -> line.add(new Candidate(q.enrollmentId(), q.status(), q.profession())));
        continue;
      }
      Candidate chosen = decision.seat().get();
      line.remove(chosen);
      Enrollment next = em.find(Enrollment.class, chosen.enrollmentId());
      String seatedName =
          decision.passedOver().isEmpty()
              ? null
              : members.byId(next.memberId()).map(Member::displayName).orElse("someone");
      for (Candidate passed : decision.passedOver()) {
        em.persist(
            new WaitlistEvent(
                em.find(Enrollment.class, passed.enrollmentId()),
                WaitlistEventKind.PASSED_OVER,
                actorId,
                capReason(cohort, passed.profession(), held.getOrDefault(passed.profession(), 0))
                    + " The seat went to "
                    + seatedName
                    + ".",
                now));
      }
      give(cohort, next, now, actorId, null);
      held.merge(chosen.profession(), 1, Integer::sum);
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
      notices.offered(cohort, e.memberId(), e.offerExpiresAt(), fromWaitlist);
    } else {
      e.enroll(now);
      notices.enrolled(cohort, e.memberId(), fromWaitlist);
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
