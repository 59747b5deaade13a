package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.control.PasswordHasher;
import org.virtualcampus.identity.entity.Member;

/**
 * Checking a member's password: at sign-in (pages and API tokens), with lockout after repeated
 * failures and a transparent upgrade of older hashes; and which seeded accounts still use a
 * published password.
 */
@ApplicationScoped
@Transactional
public class Credentials {
  @PersistenceContext EntityManager em;
  @Inject MemberQueries queries;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "campus.security.max-failed-sign-ins", defaultValue = "5")
  int maxFailedSignIns;

  @Inject
  @ConfigProperty(name = "campus.security.lockout-minutes", defaultValue = "15")
  int lockoutMinutes;

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
    boolean rehash = correct && hasher.needsRehash(member.passwordHash());
    if (correct && member.failedSignIns() == 0 && !rehash) {
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
    if (rehash && hasher.needsRehash(member.passwordHash())) {
      // An older, weaker hash of the password just proven: stored again with today's settings.
      member.rehashPassword(hasher.hash(password));
    }
    return Optional.of(member);
  }

  /**
   * E-mail addresses under {@code emailDomain} whose account still has this password; each distinct
   * stored hash is checked once, so accounts seeded with one hash cost one check between them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> stillUsing(String emailDomain, String password) {
    Map<String, Boolean> checked = new HashMap<>();
    return queries.emailsAndHashes(emailDomain).stream()
        .filter(r -> checked.computeIfAbsent(r[1], h -> hasher.matches(password, h)))
        .map(r -> r[0])
        .toList();
  }
}
