package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.virtualcampus.course.boundary.CourseView;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.enrollment.control.CohortLocks;
import org.virtualcampus.enrollment.control.InvitationQueries;
import org.virtualcampus.enrollment.control.InviteeList;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.CohortStatus;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.enrollment.entity.Invitation;
import org.virtualcampus.identity.boundary.Members;
import org.virtualcampus.identity.boundary.SignUpForm;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.Params;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.FieldError;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.limits.RateLimit;
import org.virtualcampus.platform.limits.RateLimits;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.web.ClientAddress;

/**
 * Inviting people to a cohort and their answers. Only the hash of an invitation's token is kept
 * with the invitation; the raw token travels to the outbox as the notification's one-time secret,
 * which only the relay reads and which is wiped once the mail is sent.
 *
 * <p>An upload is all or nothing: when any row is bad, the answer lists every bad row with its line
 * number and nobody is invited; addresses already invited to the cohort are skipped and named.
 */
@ApplicationScoped
@Transactional
public class Invitations {
  static final Duration LINK_LIFETIME = Duration.ofDays(30);

  /** Answers from one client; invitees behind one hospital network answer in the same hour. */
  static final RateLimit ANSWERS_PER_ADDRESS =
      RateLimit.of("invitation-answers-per-address", 60, Duration.ofHours(1));

  /** Answers through one link (a person changing their mind, or someone trying passwords). */
  static final RateLimit ANSWERS_PER_INVITATION =
      RateLimit.of("invitation-answers-per-invitation", 10, Duration.ofHours(1));

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CohortLocks locks;
  @Inject InvitationQueries queries;
  @Inject Members members;
  @Inject Courses courses;
  @Inject SeatRequests seatRequests;
  @Inject Notifications notifications;
  @Inject RateLimits limits;
  @Inject ClientAddress client;

  public record ImportResult(int invited, List<String> alreadyInvited) {}

  public ImportResult inviteFromText(String cohortId, String text, Actor actor) {
    return invite(cohortId, InviteeList.fromText(text), actor);
  }

  public ImportResult inviteFromCsv(String cohortId, String csv, Actor actor) {
    return invite(cohortId, InviteeList.fromCsv(csv), actor);
  }

  private ImportResult invite(String cohortId, InviteeList.Parsed parsed, Actor actor) {
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators invite people.");
    }
    Cohort cohort = locks.lock(cohortId);
    if (cohort.status() == CohortStatus.CANCELLED || cohort.status() == CohortStatus.COMPLETED) {
      throw new ConflictException(
          "Cohort is over", "A " + cohort.status() + " cohort takes no invitations.");
    }
    if (!parsed.ok()) {
      List<FieldError> errors =
          parsed.errors().stream()
              .map(
                  e ->
                      new FieldError(
                          "line " + e.line(),
                          (e.value().isBlank() ? "" : "'" + e.value() + "': ") + e.reason()))
              .toList();
      throw new InvalidInputException(
          "The list has "
              + errors.size()
              + " bad row(s); nobody was invited. Fix them and send the whole list again.",
          errors);
    }
    Instant now = clock.instant();
    CourseView course = CourseView.of(courses.require(cohort.courseId()));
    Instant expires = now.plus(LINK_LIFETIME);
    if (cohort.interestClosesAt() != null
        && cohort.interestClosesAt().isAfter(now)
        && cohort.interestClosesAt().isBefore(expires)) {
      expires = cohort.interestClosesAt();
    }
    Set<String> already =
        new HashSet<>(
            queries.invitedEmails(
                cohortId,
                parsed.invitees().stream().map(i -> Member.normalize(i.email())).toList()));
    int invited = 0;
    for (InviteeList.Invitee invitee : parsed.invitees()) {
      if (already.contains(Member.normalize(invitee.email()))) {
        continue;
      }
      String token = newToken();
      Invitation invitation =
          new Invitation(
              cohortId,
              invitee.email(),
              invitee.name(),
              hash(token),
              actor.memberId(),
              now,
              expires);
      em.persist(invitation);
      notifications.queueTo(
          NotificationKind.INVITATION,
          invitee.email(),
          Params.empty()
              .with("invitationId", invitation.id())
              .with("inviteeName", invitee.name())
              .with("cohortId", cohort.id())
              .with("cohortName", cohort.name())
              .with("courseTitle", course.title())
              .with("startsOn", cohort.startsOn())
              .with("weeks", course.weeks())
              .with("weeklyHours", course.weeklyHours())
              .with("expiresAt", expires),
          token);
      invited++;
    }
    return new ImportResult(
        invited,
        parsed.invitees().stream()
            .map(InviteeList.Invitee::email)
            .filter(e -> already.contains(Member.normalize(e)))
            .toList());
  }

  /**
   * What the invitee sees when they follow their link. Changes nothing: mail scanners follow links
   * too, so fetching the invitation does not count as "opened"; answering does.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public InvitationView show(String token) {
    return view(byToken(token));
  }

  /**
   * The invitee's answer. Following the link proves control of the invited mailbox, so "interested"
   * verifies the address: it creates a verified account from {@code account} when there is none,
   * and when someone created an account with this address without verifying it, the invitee takes
   * it over ({@code account} sets its name and password; the claimant's sessions and tokens end). A
   * verified account answers as it is. Then it asks for a seat at once, so they are seated or
   * wait-listed like any other request.
   */
  public InvitationView answer(String token, boolean interested, SignUpForm account) {
    limits.spend(ANSWERS_PER_ADDRESS, client.value());
    limits.spend(ANSWERS_PER_INVITATION, token == null ? "" : token.trim());
    Instant now = clock.instant();
    Invitation invitation = byToken(token);
    if (!interested) {
      invitation.answer(false, null, now);
      return view(invitation);
    }
    Member member = members.byEmail(invitation.email()).orElse(null);
    if (member == null) {
      if (account == null) {
        throw new InvalidInputException(
            "account", "create your account: name, password and profession are needed");
      }
      account.setEmail(invitation.email());
      member = members.register(account, EnumSet.of(Role.EDUCATOR));
    } else if (!member.emailVerified()) {
      if (account == null) {
        throw new InvalidInputException(
            "account",
            "an account nobody has confirmed uses this address: set your name and password to make"
                + " it yours");
      }
      account.setEmail(invitation.email());
      member = members.takeOverUnverified(member.id(), account);
    }
    invitation.answer(true, member.id(), now);
    seatRequests.requestSeat(invitation.cohortId(), member.id(), EnrollmentSource.INVITATION);
    return view(invitation);
  }

  public Page<Invitation> ofCohort(String cohortId, Actor actor, PageRequest paging) {
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators see invitations.");
    }
    return queries.ofCohort(cohortId, paging);
  }

  private Invitation byToken(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new NotFoundException("Invitation", "(link)");
    }
    return queries
        .byTokenHash(hash(token.trim()))
        .orElseThrow(() -> new NotFoundException("Invitation", "(link)"));
  }

  /** A cohort's invitations as the coordinator reads them, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<InvitationView> listOf(String cohortId, Actor actor, PageRequest paging) {
    Page<Invitation> page = ofCohort(cohortId, actor, paging);
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw new NotFoundException("Cohort", cohortId);
    }
    CourseView course = CourseView.of(courses.require(cohort.courseId()));
    Instant now = clock.instant();
    return page.map(i -> InvitationView.of(i, cohort, course, i.memberId() != null, now));
  }

  private InvitationView view(Invitation invitation) {
    Cohort cohort = em.find(Cohort.class, invitation.cohortId());
    // an unverified account with the address is not the invitee's until they set its password
    boolean hasAccount =
        members.byEmail(invitation.email()).filter(Member::emailVerified).isPresent();
    CourseView course = CourseView.of(courses.require(cohort.courseId()));
    return InvitationView.of(invitation, cohort, course, hasAccount, clock.instant());
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
