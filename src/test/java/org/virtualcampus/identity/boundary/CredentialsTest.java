package org.virtualcampus.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.control.PasswordHasher;
import org.virtualcampus.identity.control.PasswordOnFile;
import org.virtualcampus.identity.control.PasswordUpgrade;
import org.virtualcampus.identity.entity.Caller;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.error.TooManyRequestsException;
import org.virtualcampus.platform.limits.RateLimit;
import org.virtualcampus.platform.limits.RateLimits;
import org.virtualcampus.platform.web.ClientAddress;

/**
 * Known, unknown and throttled accounts do the same work, so the time of the answer tells nothing:
 * one password hash and the same limit look-ups on every path that names an account.
 */
class CredentialsTest {

  static final String KNOWN = "known@test.example";
  static final String RIGHT = "the right passphrase";

  final List<String> work = new ArrayList<>();
  final Map<String, Long> failures = new HashMap<>();
  Credentials credentials;

  @BeforeEach
  void wire() {
    credentials = new Credentials();
    credentials.hasher = new CountingHasher();
    credentials.queries = new OneMember();
    credentials.upgrade = new PasswordUpgrade();
    credentials.limits = new CountingLimits();
    credentials.client =
        new ClientAddress() {
          @Override
          public String value() {
            return "198.18.0.1";
          }
        };
  }

  @Test
  void knownUnknownAndWrongPasswordsRunTheSameWork() {
    List<List<String>> paths = new ArrayList<>();

    assertThat(credentials.verifyCredentials(KNOWN, RIGHT)).isPresent();
    paths.add(List.copyOf(work));
    work.clear();
    failures.clear();

    assertThat(credentials.verifyCredentials(KNOWN, "wrong")).isEmpty();
    paths.add(withoutCounting(work));
    work.clear();
    failures.clear();

    assertThat(credentials.verifyCredentials("unknown@test.example", "wrong")).isEmpty();
    paths.add(withoutCounting(work));

    assertThat(paths).allSatisfy(path -> assertThat(path).isEqualTo(paths.get(0)));
    assertThat(paths.get(0))
        .containsExactly(
            "require sign-in-failures-per-address",
            "wait sign-in-failures-per-account-and-address",
            "wait sign-in-failures-per-account",
            "hash");
  }

  @Test
  void aThrottledAccountCostsWhatAFailureCostsThenSaysHowLongToWait() {
    for (int i = 0; i < 5; i++) {
      credentials.verifyCredentials(KNOWN, "wrong " + i);
    }
    work.clear();

    assertThatThrownBy(() -> credentials.verifyCredentials(KNOWN, RIGHT))
        .isInstanceOf(TooManyRequestsException.class)
        .satisfies(
            e ->
                assertThat(((TooManyRequestsException) e).retryAfter())
                    .isEqualTo(Duration.ofMinutes(1)));
    assertThat(work)
        .as("one hash and six bucket look-ups, as a counted failure has")
        .containsExactly(
            "require sign-in-failures-per-address",
            "wait sign-in-failures-per-account-and-address",
            "wait sign-in-failures-per-account",
            "hash",
            "wait sign-in-failures-per-address",
            "wait sign-in-failures-per-account-and-address",
            "wait sign-in-failures-per-account");
  }

  @Test
  void failuresCountPerAddressPerAccountAtAddressAndPerAccount() {
    credentials.verifyCredentials(KNOWN, "wrong");
    assertThat(work)
        .endsWith(
            "count sign-in-failures-per-address",
            "count sign-in-failures-per-account-and-address",
            "count sign-in-failures-per-account");
    work.clear();
    credentials.verifyCredentials(KNOWN, RIGHT);
    assertThat(work).noneMatch(step -> step.startsWith("count"));
  }

  private static List<String> withoutCounting(List<String> steps) {
    return steps.stream().filter(s -> !s.startsWith("count")).toList();
  }

  /** Every check is one unit of hashing work, whichever hash it checks against. */
  class CountingHasher extends PasswordHasher {
    @Override
    public void matchesDummy(String password) {
      work.add("hash");
    }

    @Override
    public boolean matches(String password, String storedHash) {
      work.add("hash");
      return storedHash.equals("hash of " + password);
    }

    @Override
    public boolean needsRehash(String storedHash) {
      return false;
    }
  }

  static class OneMember extends MemberQueries {
    @Override
    public Optional<PasswordOnFile> passwordOnFile(String email) {
      return KNOWN.equals(email)
          ? Optional.of(new PasswordOnFile("m-1", "hash of " + RIGHT))
          : Optional.empty();
    }

    @Override
    public Optional<Caller> caller(String id) {
      return Optional.of(new Caller(id, 1, EnumSet.of(Role.EDUCATOR)));
    }
  }

  /** Buckets of 5 tries with no refill within the test: the sixth wait is one minute. */
  class CountingLimits extends RateLimits {
    @Override
    public void require(RateLimit limit, String client) {
      work.add("require " + limit.name());
      if (failures.getOrDefault(limit.name() + client, 0L) >= limit.capacity()) {
        throw new TooManyRequestsException(Duration.ofMinutes(1));
      }
    }

    @Override
    public Duration waitFor(RateLimit limit, String client) {
      work.add("wait " + limit.name());
      return failures.getOrDefault(limit.name() + client, 0L) >= Math.min(5, limit.capacity())
          ? Duration.ofMinutes(1)
          : Duration.ZERO;
    }

    @Override
    public void count(RateLimit limit, String client) {
      work.add("count " + limit.name());
      failures.merge(limit.name() + client, 1L, Long::sum);
    }
  }
}
