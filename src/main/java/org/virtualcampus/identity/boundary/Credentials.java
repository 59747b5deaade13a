package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.control.PasswordHasher;
import org.virtualcampus.identity.control.PasswordOnFile;
import org.virtualcampus.identity.control.PasswordUpgrade;
import org.virtualcampus.identity.entity.Caller;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.platform.error.TooManyRequestsException;
import org.virtualcampus.platform.limits.RateLimit;
import org.virtualcampus.platform.limits.RateLimits;
import org.virtualcampus.platform.web.ClientAddress;

/**
 * Checking a member's password at sign-in (pages and API tokens), with failed tries throttled
 * instead of locking the account; and which seeded accounts still use a published password.
 *
 * <p>Failures are counted three ways. Per client address, to stop one client guessing across many
 * accounts; that refusal says nothing about any account, so it comes at once. Per account and
 * address, so a guesser is slowed on one account without touching its owner, who signs in from
 * elsewhere. Per account from all addresses together, high enough that one guessing address cannot
 * reach it alone, to slow a guess spread over many. An account throttled, an unknown e-mail and a
 * wrong password all run one password hash, so the time of the answer tells nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Credentials {

  static final RateLimit FAILURES_PER_ADDRESS =
      RateLimit.of("sign-in-failures-per-address", 30, Duration.ofMinutes(15));
  static final RateLimit FAILURES_PER_ACCOUNT_AND_ADDRESS =
      RateLimit.of("sign-in-failures-per-account-and-address", 5, Duration.ofMinutes(5));
  static final RateLimit FAILURES_PER_ACCOUNT =
      RateLimit.of("sign-in-failures-per-account", 100, Duration.ofHours(1));

  @Inject MemberQueries queries;
  @Inject PasswordHasher hasher;
  @Inject PasswordUpgrade upgrade;
  @Inject RateLimits limits;
  @Inject ClientAddress client;

  /**
   * The member with this e-mail and password, with their roles now; empty when either is wrong.
   * Refused with {@link TooManyRequestsException} while this client or account must wait.
   */
  public Optional<Caller> verifyCredentials(String email, String password) {
    if (email == null || password == null || email.isBlank()) {
      return Optional.empty();
    }
    String address = client.value();
    String account = Member.normalize(email);
    String accountAtAddress = account + " from " + address;
    limits.require(FAILURES_PER_ADDRESS, address);
    Duration wait =
        longer(
            limits.waitFor(FAILURES_PER_ACCOUNT_AND_ADDRESS, accountAtAddress),
            limits.waitFor(FAILURES_PER_ACCOUNT, account));
    if (!wait.isZero()) {
      hasher.matchesDummy(password);
      // A failure counts in three buckets; looking at the same three takes as long.
      limits.waitFor(FAILURES_PER_ADDRESS, address);
      limits.waitFor(FAILURES_PER_ACCOUNT_AND_ADDRESS, accountAtAddress);
      limits.waitFor(FAILURES_PER_ACCOUNT, account);
      throw new TooManyRequestsException(wait);
    }
    Optional<PasswordOnFile> onFile = queries.passwordOnFile(email);
    boolean correct;
    if (onFile.isPresent()) {
      correct = hasher.matches(password, onFile.get().hash());
    } else {
      hasher.matchesDummy(password);
      correct = false;
    }
    if (!correct) {
      limits.count(FAILURES_PER_ADDRESS, address);
      limits.count(FAILURES_PER_ACCOUNT_AND_ADDRESS, accountAtAddress);
      limits.count(FAILURES_PER_ACCOUNT, account);
      return Optional.empty();
    }
    if (hasher.needsRehash(onFile.get().hash())) {
      upgrade.rehash(onFile.get(), password);
    }
    return queries.caller(onFile.get().memberId());
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
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
