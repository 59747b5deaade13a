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
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.FieldError;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/**
 * Inviting people to a cohort and their answers. An upload is all or nothing: when any row is bad,
 * the answer lists every bad row with its line number and nobody is invited; addresses already
 * invited to the cohort are skipped and named.
 */
@ApplicationScoped
@Transactional
public class Invitations {
  static final Duration LINK_LIFETIME = Duration.ofDays(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CohortLocks locks;
  @Inject InvitationQueries queries;
  @Inject Members members;
  @Inject Enrollments enrollments;
  @Inject Notifications notifications;

  @Inject
  @ConfigProperty(name = "campus.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

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
      em.persist(
          new Invitation(
              cohortId,
              invitee.email(),
              invitee.name(),
              hash(token),
              actor.memberId(),
              now,
              expires));
      notifications.queueTo(
          NotificationKind.INVITATION,
          invitee.email(),
          "You are invited to " + cohort.name(),
          "Hello"
              + (invitee.name() == null ? "" : " " + invitee.name())
              + ",\n\nyou are invited to join "
              + cohort.name()
              + " ("
              + cohort.course().title()
              + "), starting "
              + cohort.startsOn()
              + ", "
              + cohort.course().weeks()
              + " weeks of about "
              + cohort.course().weeklyHours()
              + " hours.\n"
              + "Tell us whether you are interested: "
              + publicUrl
              + "/invitation.xhtml?token="
              + token
              + "\n");
      invited++;
    }
    return new ImportResult(
        invited,
        parsed.invitees().stream()
            .map(InviteeList.Invitee::email)
            .filter(e -> already.contains(Member.normalize(e)))
            .toList());
  }

  /** What the invitee sees when they follow their link; the first visit counts as "opened". */
  public InvitationView open(String token) {
    Invitation invitation = byToken(token);
    invitation.open(clock.instant());
    return view(invitation);
  }

  /**
   * The invitee's answer. "Interested" creates their account when needed (from {@code account}) and
   * asks for a seat at once, so they are seated or wait-listed like any other request.
   */
  public InvitationView answer(String token, boolean interested, SignUpForm account) {
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
    }
    invitation.answer(true, member.id(), now);
    enrollments.requestSeat(invitation.cohortId(), member.id(), EnrollmentSource.INVITATION);
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

  private InvitationView view(Invitation invitation) {
    Cohort cohort = em.find(Cohort.class, invitation.cohortId());
    boolean hasAccount = members.byEmail(invitation.email()).isPresent();
    return InvitationView.of(invitation, cohort, hasAccount, clock.instant());
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
