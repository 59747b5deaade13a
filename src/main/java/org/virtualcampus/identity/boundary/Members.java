package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.control.PasswordHasher;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/** Use cases around members: sign-up, profile, roles, and checking a password at sign-in. */
@ApplicationScoped
@Transactional
public class Members {

  @PersistenceContext EntityManager em;
  @Inject MemberQueries queries;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @Inject Notifications notifications;

  @Inject
  @ConfigProperty(name = "campus.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "campus.signup.enabled", defaultValue = "true")
  boolean signUpEnabled;

  @Inject
  @ConfigProperty(name = "campus.security.max-failed-sign-ins", defaultValue = "5")
  int maxFailedSignIns;

  @Inject
  @ConfigProperty(name = "campus.security.lockout-minutes", defaultValue = "15")
  int lockoutMinutes;

  public boolean selfSignUpEnabled() {
    return signUpEnabled;
  }

  /**
   * Self sign-up: creates an EDUCATOR account, unless the setting has switched sign-up off, and
   * welcomes the new member with a notification written in the same transaction.
   */
  public Member signUp(@NotNull(message = "a request body is required") @Valid SignUpForm form) {
    if (!signUpEnabled) {
      throw new AccessDeniedException(
          "Self sign-up is switched off on this campus; ask a coordinator for an invitation.");
    }
    Member member = register(form, EnumSet.of(Role.EDUCATOR));
    notifications.queue(
        NotificationKind.WELCOME,
        member,
        "Welcome to Virtual Campus",
        "Hello "
            + member.displayName()
            + ",\n\n"
            + "your Virtual Campus account is ready. Sign in at "
            + publicUrl
            + "/login.xhtml with "
            + member.email()
            + " to fill in your profile and find a cohort to join.\n\n"
            + "Virtual Campus");
    return member;
  }

  /**
   * Creates a member with the given roles. The e-mail must not belong to anyone yet, whatever its
   * case; the unique key in the database settles races between instances.
   */
  public Member register(
      @NotNull(message = "a request body is required") @Valid SignUpForm form, Set<Role> roles) {
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
    try {
      em.persist(member);
      em.flush();
    } catch (PersistenceException e) {
      throw duplicateEmail(form.getEmail());
    }
    return member;
  }

  /**
   * Like {@link #register} with a hash computed once, for seeding many accounts with one password.
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
    return member;
  }

  public void changePassword(
      @NotNull String memberId, @NotNull String current, @NotNull String next) {
    Member member = require(memberId);
    if (!hasher.matches(current, member.passwordHash())) {
      throw new InvalidInputException("currentPassword", "the current password is not correct");
    }
    if (next.length() < 10 || next.length() > 200) {
      throw new InvalidInputException("newPassword", "password must have 10 to 200 characters");
    }
    member.changePasswordHash(hasher.hash(next));
  }

  /**
   * Replaces a member's roles. A member keeps at least one role, and the campus keeps at least one
   * admin: an admin cannot take the role away from the last admin, themselves included.
   */
  public Member changeRoles(@NotNull String memberId, @NotNull Set<Role> roles) {
    if (roles.isEmpty()) {
      throw new InvalidInputException("roles", "a member needs at least one role");
    }
    Member member = em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    if (member == null) {
      throw new NotFoundException("Member", memberId);
    }
    if (member.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      long admins =
          em.createQuery("select count(m) from Member m join m.roles r where r = :role", Long.class)
              .setParameter("role", Role.ADMIN)
              .getSingleResult();
      if (admins <= 1) {
        throw new ConflictException(
            "Last admin", "The campus needs at least one admin; make someone else admin first.");
      }
    }
    member.replaceRoles(roles);
    return member;
  }

  public Member require(String memberId) {
    return queries.byId(memberId).orElseThrow(() -> new NotFoundException("Member", memberId));
  }

  public Optional<Member> byEmail(String email) {
    return queries.byEmail(email);
  }

  public Page<Member> search(String text, Role role, PageRequest paging) {
    return queries.search(text, role, paging);
  }

  /**
   * Checks a password for sign-in. A locked account fails like a wrong password, so the answer
   * never tells which part was wrong or that the account exists; the failure that reaches the limit
   * locks the account for the configured time.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Member> verifyCredentials(String email, String password) {
    if (email == null || password == null || email.isBlank()) {
      return Optional.empty();
    }
    Optional<Member> found = queries.byEmail(email);
    if (found.isEmpty()) {
      hasher.matchesDummy(
          password); // same work as a real check, so timing does not reveal accounts
      return Optional.empty();
    }
    Member member = found.get();
    if (member.isLocked(clock.instant())) {
      return Optional.empty();
    }
    boolean correct = hasher.matches(password, member.passwordHash());
    if (correct && member.failedSignIns() == 0) {
      return Optional.of(member); // the common case writes nothing
    }
    em.lock(member, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(member);
    if (!correct) {
      member.registerFailedSignIn(
          clock.instant(), maxFailedSignIns, Duration.ofMinutes(lockoutMinutes));
      return Optional.empty();
    }
    member.registerSuccessfulSignIn();
    return Optional.of(member);
  }

  private static ConflictException duplicateEmail(String email) {
    return new ConflictException(
        "E-mail already registered",
        "An account with the e-mail address " + email.trim() + " already exists.");
  }
}
