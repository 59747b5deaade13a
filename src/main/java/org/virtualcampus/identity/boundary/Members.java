package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.identity.control.ApiTokenRepository;
import org.virtualcampus.identity.control.CallerStamps;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.control.PasswordHasher;
import org.virtualcampus.identity.control.PasswordPolicy;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.identity.entity.Caller;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/**
 * Use cases around members: sign-up, profile, password and roles. Checking a password at sign-in is
 * {@link Credentials}; how other features address a member is {@link Recipients}.
 */
@ApplicationScoped
@Transactional
public class Members {

  @PersistenceContext EntityManager em;
  @Inject MemberQueries queries;
  @Inject PasswordHasher hasher;
  @Inject PasswordPolicy policy;
  @Inject ApiTokenRepository tokens;
  @Inject CallerStamps stamps;
  @Inject Clock clock;
  @Inject Event<MemberSignedUp> signedUp;

  @Inject SignUpLimits signUpLimits;

  @Inject
  @ConfigProperty(name = "campus.signup.enabled", defaultValue = "true")
  boolean signUpEnabled;

  public boolean selfSignUpEnabled() {
    return signUpEnabled;
  }

  /**
   * Self sign-up: creates an EDUCATOR account, unless the setting has switched sign-up off, and
   * tells the campus (synchronously, so observers write in the same transaction: the welcome).
   */
  public Member signUp(@NotNull(message = "a request body is required") @Valid SignUpForm form) {
    if (!signUpEnabled) {
      throw new AccessDeniedException(
          "Self sign-up is switched off on this campus; ask a coordinator for an invitation.");
    }
    signUpLimits.spend(form.getEmail());
    requireStrong("password", form.getPassword());
    Member member = create(form, EnumSet.of(Role.EDUCATOR), false);
    signedUp.fire(new MemberSignedUp(member.id()));
    return member;
  }

  /**
   * Creates a member with the given roles whose address counts as verified: the campus made the
   * account itself, or its owner answered an invitation link mailed to that address. The e-mail
   * must not belong to anyone yet, whatever its case; the unique key in the database settles races
   * between instances.
   */
  public Member register(
      @NotNull(message = "a request body is required") @Valid SignUpForm form, Set<Role> roles) {
    requireStrong("password", form.getPassword());
    return create(form, roles, true);
  }

  /**
   * The owner of the mailbox (they hold a link mailed to it) takes over an account that someone
   * created with their address and never verified: the form's name, profile and password replace
   * the claimant's, the address counts as verified, and every session and API token of the claimant
   * ends. A verified account is refused: its owner answers as themselves.
   */
  public Member takeOverUnverified(
      @NotNull String memberId,
      @NotNull(message = "a request body is required") @Valid SignUpForm form) {
    requireStrong("password", form.getPassword());
    Member member = locked(memberId);
    if (member.emailVerified()) {
      throw new ConflictException(
          "Account verified", "The account with this address is verified; sign in to use it.");
    }
    member.takeOverUnverified(
        form.getDisplayName(), form.toProfile(), hasher.hash(form.getPassword()));
    member.changeLanguage(form.getLanguage());
    signOutEverywhere(memberId);
    return member;
  }

  private Member create(SignUpForm form, Set<Role> roles, boolean verified) {
    if (queries.byEmail(form.getEmail()).isPresent()) {
      throw duplicateEmail(form.getEmail());
    }
    Member member =
        new Member(
            form.getEmail(),
            form.getDisplayName(),
            hasher.hash(form.getPassword()),
            form.toProfile(),
            roles,
            clock.instant());
    member.changeLanguage(form.getLanguage());
    if (verified) {
      member.verifyEmail();
    }
    try {
      em.persist(member);
      em.flush();
    } catch (PersistenceException e) {
      throw duplicateEmail(form.getEmail());
    }
    return member;
  }

  /**
   * Like {@link #register} with a hash computed once, for seeding many accounts with one password;
   * seeded addresses count as verified. Seeded data: the password policy is not applied (the demo
   * accounts share a published password).
   */
  public Member registerWithHash(
      @NotNull(message = "a request body is required") @Valid SignUpForm form,
      String passwordHash,
      Set<Role> roles) {
    Member member =
        new Member(
            form.getEmail(),
            form.getDisplayName(),
            passwordHash,
            form.toProfile(),
            roles,
            clock.instant());
    member.changeLanguage(form.getLanguage());
    member.verifyEmail();
    em.persist(member);
    em.flush(); // rows that refer to members by plain id must find this one in the database
    return member;
  }

  public String hash(String password) {
    return hasher.hash(password);
  }

  public Member updateProfile(
      @NotNull String memberId,
      @NotNull(message = "a request body is required") @Valid ProfileForm form) {
    Member member = require(memberId);
    member.updateProfile(form.getDisplayName(), form.toProfile());
    member.changeLanguage(form.getLanguage());
    return member;
  }

  /**
   * Changes a member's password after checking the current one. Ends every page session of the
   * member and revokes all their API tokens. The page session that made the change keeps the
   * member's new credentials version so that it stays signed in.
   */
  public Member changePassword(
      @NotNull String memberId, @NotNull String current, @NotNull String next) {
    Member member = locked(memberId);
    if (!hasher.matches(current, member.passwordHash())) {
      throw new InvalidInputException("currentPassword", "the current password is not correct");
    }
    requireStrong("newPassword", next);
    member.changePasswordHash(hasher.hash(next));
    tokens.revokeAll(memberId);
    return member;
  }

  /**
   * Ends every page session of the member on every instance and revokes all their API tokens: the
   * "sign out everywhere" button, and what a password reset does.
   */
  public Revocation signOutEverywhere(@NotNull String memberId) {
    locked(memberId).renewCredentials();
    return new Revocation(tokens.revokeAll(memberId));
  }

  /**
   * The member behind a page session, while the session's credentials version is still theirs;
   * empty once they changed their password or signed out everywhere. One query per page request.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Caller> sessionCaller(String memberId, long credentialsVersion) {
    return queries.caller(memberId).filter(c -> c.credentialsVersion() == credentialsVersion);
  }

  /**
   * Replaces a member's roles. A member keeps at least one role, and the campus keeps at least one
   * admin: an admin cannot take the role away from the last admin, themselves included. The
   * database decides when two admins demote each other at the same moment: a change that takes
   * ADMIN away first locks every admin row (in id order), so the second change waits for the first
   * and then counts the admins that are left.
   */
  public Member changeRoles(@NotNull String memberId, @NotNull Set<Role> roles) {
    if (roles.isEmpty()) {
      throw new InvalidInputException("roles", "a member needs at least one role");
    }
    List<String> admins = roles.contains(Role.ADMIN) ? List.of() : queries.lockAdmins();
    Member member = locked(memberId);
    if (member.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      if (admins.size() <= 1) {
        throw new ConflictException(
            "Last admin", "The campus needs at least one admin; make someone else admin first.");
      }
    }
    member.replaceRoles(roles);
    stamps.changeAfterCommit(memberId);
    return member;
  }

  /** Admins and coordinators read anyone's account; other members only their own. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Member readable(String memberId, Actor actor) {
    if (!memberId.equals(actor.memberId())
        && !actor.is(Role.ADMIN)
        && !actor.is(Role.COORDINATOR)) {
      throw new AccessDeniedException("You may only read your own account.");
    }
    return require(memberId);
  }

  /** A member's roles as the database has them now; none for an unknown id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Role> currentRoles(String memberId) {
    return queries.byId(memberId).map(Member::roles).orElse(Set.of());
  }

  /** The signed-in member's own account, empty for visitors. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Member> signedIn(CurrentActor actor) {
    return actor.member();
  }

  private Member locked(String memberId) {
    Member member = em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    if (member == null) {
      throw new NotFoundException("Member", memberId);
    }
    return member;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Member require(String memberId) {
    return queries.withRoles(memberId).orElseThrow(() -> new NotFoundException("Member", memberId));
  }

  public Optional<Member> byEmail(String email) {
    return queries.byEmail(email);
  }

  public Page<Member> search(String text, Role role, PageRequest paging) {
    return queries.search(text, role, paging);
  }

  /** Refuses a password the policy calls weak, naming {@code field} and the reason. */
  void requireStrong(String field, String password) {
    policy
        .weakness(password)
        .ifPresent(
            reason -> {
              throw new InvalidInputException(field, reason);
            });
  }

  private static ConflictException duplicateEmail(String email) {
    return new ConflictException(
        "E-mail already registered",
        "An account with the e-mail address " + email.trim() + " already exists.");
  }
}
