package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.virtualcampus.enrollment.control.CohortLocks;
import org.virtualcampus.enrollment.control.EnrollmentQueries;
import org.virtualcampus.enrollment.control.InvitationQueries;
import org.virtualcampus.enrollment.control.PlaceRow;
import org.virtualcampus.enrollment.control.SeatAllocator;
import org.virtualcampus.enrollment.control.SeatNotices;
import org.virtualcampus.enrollment.entity.Admission;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.enrollment.entity.SeatPolicy;
import org.virtualcampus.enrollment.entity.WaitlistEvent;
import org.virtualcampus.enrollment.entity.WaitlistEventKind;
import org.virtualcampus.identity.boundary.Applicant;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * A member asks for a seat, themselves or by answering an invitation. The cohort row is locked
 * first, so the queue order is the order in which requests reached the database.
 */
@ApplicationScoped
@Transactional
public class SeatRequests {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CohortLocks locks;
  @Inject EnrollmentQueries queries;
  @Inject InvitationQueries invitations;
  @Inject Recipients applicants;
  @Inject SeatAllocator allocator;
  @Inject SeatNotices notices;

  /**
   * A member asks for a seat. While seats are free and nobody eligible waits ahead, they get one at
   * once (or an offer, if the cohort asks for acceptance); otherwise they join the back of the
   * waitlist. An invitee's "interested" given before requests open (a DRAFT cohort, or before its
   * interest window) is recorded in order of answers, and seats go in that order when requests
   * open. Refused with 409 while the cohort does not take requests, for a member already registered
   * or removed, and for an invitation-only cohort without a valid invitation for the member's
   * address or while that address is not verified (whoever merely typed someone's address at
   * sign-up gains nothing from their invitation).
   */
  public Enrollment requestSeat(String cohortId, String memberId, EnrollmentSource source) {
    return place(cohortId, memberId, source).enrollment();
  }

  /**
   * {@link #requestSeat}, answered with the place as it stood at the request: a waiting place with
   * the position it joined at (the number then waiting), read from what the request already holds
   * rather than from a second round of queries.
   */
  public EnrollmentView ask(String cohortId, String memberId, EnrollmentSource source) {
    return place(cohortId, memberId, source).view();
  }

  /**
   * What a request needs that does not change under the cohort lock, read before taking it: every
   * statement after the lock makes the whole rush wait. {@code placed} says the member already has
   * a place in the cohort (asking again rejoins it, which only {@link #ask} does).
   */
  public record Prepared(
      String memberId,
      EnrollmentSource source,
      Applicant member,
      boolean placed,
      SeatNotices.WaitlistNotice notice) {}

  /** Reads what {@link #askTogether} needs for one request; 404 for an unknown cohort or member. */
  public Prepared prepare(String cohortId, String memberId, EnrollmentSource source) {
    return read(cohortId, memberId, source).prepared();
  }

  /** What a request reads before the lock, with the member's place if they have one. */
  private record Read(Prepared prepared, Enrollment place) {}

  private Read read(String cohortId, String memberId, EnrollmentSource source) {
    Applicant member =
        applicants.applicant(memberId).orElseThrow(() -> new NotFoundException("Member", memberId));
    SeatNotices.WaitlistNotice notice = notices.waitlistNotice(cohortId, member.recipient());
    if (notice.courseTitle() == null) {
      throw new NotFoundException("Cohort", cohortId);
    }
    Enrollment place = queries.of(cohortId, memberId).orElse(null);
    return new Read(new Prepared(memberId, source, member, place != null, notice), place);
  }

  /**
   * The answer to one of several requests taken together: the place, or why it was refused, or
   * neither when the request must be asked on its own ({@link #ask}).
   */
  public record Answer(EnrollmentView place, RuntimeException refusal) {}

  /**
   * Several members new to the cohort ask for a seat in one transaction under one lock, in the
   * order given, each as {@link #ask} would place them. A refusal (requests closed, no invitation)
   * answers that member alone; a member named twice, or one already placed, is answered with
   * neither, to be asked on their own.
   */
  public List<Answer> askTogether(String cohortId, List<Prepared> requests) {
    Cohort cohort = locks.lock(cohortId);
    List<Answer> answers = new ArrayList<>(requests.size());
    Set<String> seen = new HashSet<>();
    Integer waiting = null; // known while nobody but these requests changed the queue
    for (Prepared request : requests) {
      if (request.placed() || !seen.add(request.memberId())) {
        answers.add(new Answer(null, null));
        continue;
      }
      Instant now = clock.instant();
      Optional<ConflictException> refused =
          refusal(cohort, request.source(), request.member(), now);
      if (refused.isPresent()) {
        answers.add(new Answer(null, refused.get()));
        continue;
      }
      Enrollment enrollment =
          new Enrollment(
              cohortId,
              request.memberId(),
              request.source(),
              cohort.drawTicket(),
              cohort.seatPolicy() == SeatPolicy.APPROVAL,
              now);
      em.persist(enrollment);
      Asked asked = seat(cohort, enrollment, request.member(), request.notice(), now, waiting);
      waiting = asked.queueMoved() ? null : asked.position();
      answers.add(new Answer(asked.view(), null));
    }
    return answers;
  }

  private record Asked(
      Enrollment enrollment,
      Applicant member,
      Cohort cohort,
      SeatNotices.WaitlistNotice notice,
      Integer position,
      boolean queueMoved) {

    EnrollmentView view() {
      PlaceRow row =
          new PlaceRow(
              enrollment.id(),
              enrollment.cohortId(),
              cohort.name(),
              notice.courseTitle(),
              enrollment.memberId(),
              member.displayName(),
              member.profession(),
              enrollment.status(),
              enrollment.source(),
              enrollment.requestedAt(),
              enrollment.offerExpiresAt(),
              enrollment.enrolledAt());
      return EnrollmentView.of(row, position, position == null ? null : (long) position);
    }
  }

  private Asked place(String cohortId, String memberId, EnrollmentSource source) {
    // Read what does not change under the lock before taking it (see Prepared). The unique key
    // (cohort, member) still refuses a second place if the same member's other request slips in.
    Read read = read(cohortId, memberId, source);
    Applicant member = read.prepared().member();
    Enrollment enrollment = read.place();
    Cohort cohort = locks.lock(cohortId);
    Instant now = clock.instant(); // read under the lock, so request times follow queue order
    refusal(cohort, source, member, now)
        .ifPresent(
            refused -> {
              throw refused;
            });
    boolean needsApproval = cohort.seatPolicy() == SeatPolicy.APPROVAL;
    if (enrollment == null) {
      enrollment =
          new Enrollment(cohortId, memberId, source, cohort.drawTicket(), needsApproval, now);
      em.persist(enrollment);
    } else {
      em.refresh(enrollment); // as the lock holder sees it
      enrollment.rejoin(cohort.drawTicket(), needsApproval, now);
    }
    return seat(cohort, enrollment, member, read.prepared().notice(), now, null);
  }

  private Optional<ConflictException> refusal(
      Cohort cohort, EnrollmentSource source, Applicant member, Instant now) {
    Optional<String> closed =
        source == EnrollmentSource.INVITATION
            ? cohort.refusesInterest(now)
            : cohort.refusesRequests(now);
    if (closed.isPresent()) {
      return Optional.of(new ConflictException("Not taking requests", closed.get()));
    }
    if (cohort.admission() == Admission.INVITATION_ONLY
        && !invitations.isInvited(cohort.id(), member.email(), now)) {
      return Optional.of(
          new ConflictException(
              "By invitation only",
              "This cohort takes only invited members; ask the coordinator for an invitation."));
    }
    if (cohort.admission() == Admission.INVITATION_ONLY && !member.emailVerified()) {
      return Optional.of(
          new ConflictException(
              "Address not verified",
              "An invitation counts only for a verified address: open the link we mailed to "
                  + member.email()
                  + " (or the invitation link itself) first."));
    }
    return Optional.empty();
  }

  /**
   * Seats the placed member if they may have a seat, else puts them in the queue with an event and
   * a notice. {@code waitingBefore}, when known, spares counting the queue again.
   */
  private Asked seat(
      Cohort cohort,
      Enrollment enrollment,
      Applicant member,
      SeatNotices.WaitlistNotice notice,
      Instant now,
      Integer waitingBefore) {
    boolean early = cohort.refusesSeating(now).isPresent();
    boolean queueMoved = !allocator.fillFreeSeats(cohort, now, null).isEmpty();
    Integer position = null;
    if (enrollment.status().isWaiting()) {
      // The newest ticket waits last: its position is the number waiting.
      position =
          waitingBefore == null || queueMoved
              ? (int) queries.waitingCount(cohort.id())
              : waitingBefore + 1;
      em.persist(
          new WaitlistEvent(enrollment, WaitlistEventKind.JOINED, null, joined(cohort, early), now)
              .positions(null, position));
      if (!early) {
        notices.waitlisted(notice, cohort, position, position);
      }
    }
    return new Asked(enrollment, member, cohort, notice, position, queueMoved);
  }

  private static String joined(Cohort cohort, boolean early) {
    if (early) {
      return "Interested before requests opened; seats go in order of answers when they open.";
    }
    if (cohort.seatPolicy() == SeatPolicy.APPROVAL) {
      return "Asked for a seat; awaits approval.";
    }
    return cohort.hasFreeSeat()
        ? "Asked for a seat; the seats left are held for other professions (cap "
            + cohort.professionCapPercent()
            + "%)."
        : "Asked for a seat while the cohort was full.";
  }
}
