package org.virtualcampus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtualcampus.identity.entity.ApiToken;
import org.virtualcampus.identity.entity.Caller;
import org.virtualcampus.identity.entity.Role;

class TokenCallersTest {

  static final String TOKEN = "A".repeat(43);
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  /** The api_token table as the fake repository sees it, and how often it was asked. */
  final Map<String, ApiTokenRepository.Grant> table = new HashMap<>();

  int reads;
  boolean unanswered;
  final Map<String, Long> stampValues = new HashMap<>();
  TokenCallers callers;

  @BeforeEach
  void wire() {
    callers = new TokenCallers();
    callers.tokens =
        new ApiTokenRepository() {
          @Override
          public Optional<Grant> grant(String tokenHash, Instant now) {
            reads++;
            return Optional.ofNullable(table.get(tokenHash))
                .filter(g -> now.isBefore(g.expiresAt()));
          }
        };
    callers.stamps =
        new CallerStamps() {
          @Override
          public OptionalLong of(String memberId) {
            return unanswered
                ? OptionalLong.empty()
                : OptionalLong.of(stampValues.getOrDefault(memberId, 0L));
          }
        };
    holds(Role.EDUCATOR);
  }

  private void holds(Role... roles) {
    table.put(
        ApiToken.hash(TOKEN),
        new ApiTokenRepository.Grant(
            new Caller("m1", 1, EnumSet.of(roles[0], roles)), NOW.plus(Duration.ofHours(12))));
  }

  private Set<Role> rolesNow(Instant at) {
    return callers.caller(TOKEN, at).map(Caller::roles).orElse(Set.of());
  }

  @Test
  void aTokenSeenOnceCostsOneQuery() {
    assertThat(rolesNow(NOW)).containsExactly(Role.EDUCATOR);
    assertThat(reads).isEqualTo(1);
  }

  @Test
  void aRememberedTokenCostsNoQueryWhileNothingChanged() {
    assertThat(rolesNow(NOW)).containsExactly(Role.EDUCATOR);
    assertThat(rolesNow(NOW))
        .as("read under its stamp and remembered")
        .containsExactly(Role.EDUCATOR);
    int afterFirstSight = reads;
    for (int i = 0; i < 10; i++) {
      assertThat(rolesNow(NOW.plusSeconds(i))).containsExactly(Role.EDUCATOR);
    }
    assertThat(reads).isEqualTo(afterFirstSight);
  }

  @Test
  void aNewStampMakesTheNextRequestReadTheRolesAgain() {
    rolesNow(NOW);
    rolesNow(NOW);
    holds(Role.EDUCATOR, Role.COORDINATOR);
    assertThat(rolesNow(NOW)).as("no change announced yet").containsExactly(Role.EDUCATOR);

    stampValues.put("m1", 42L);
    assertThat(rolesNow(NOW)).containsExactlyInAnyOrder(Role.EDUCATOR, Role.COORDINATOR);
  }

  @Test
  void aRevokedTokenStopsCountingAtTheNextStamp() {
    rolesNow(NOW);
    table.clear();
    stampValues.put("m1", 7L);
    assertThat(callers.caller(TOKEN, NOW)).isEmpty();
    assertThat(callers.caller(TOKEN, NOW)).as("not remembered as valid").isEmpty();
  }

  @Test
  void aRememberedTokenStillExpiresByTheClock() {
    rolesNow(NOW);
    assertThat(callers.caller(TOKEN, NOW.plus(Duration.ofHours(12)))).isEmpty();
  }

  @Test
  void textThatIsNoTokenIsNotLookedUp() {
    assertThat(callers.caller("not a token", NOW)).isEmpty();
    assertThat(callers.caller(null, NOW)).isEmpty();
    assertThat(reads).isZero();
  }

  @Test
  void anUnknownTokenIsNotRemembered() {
    table.clear();
    assertThat(callers.caller(TOKEN, NOW)).isEmpty();
    holds(Role.EDUCATOR);
    assertThat(callers.caller(TOKEN, NOW)).isPresent();
  }

  @Test
  void whileTheStampsDoNotAnswerEveryRequestReadsTheDatabase() {
    rolesNow(NOW);
    unanswered = true;
    int before = reads;
    holds(Role.EDUCATOR, Role.ADMIN);
    assertThat(rolesNow(NOW)).contains(Role.ADMIN);
    assertThat(rolesNow(NOW)).contains(Role.ADMIN);
    assertThat(reads).isEqualTo(before + 2);
  }
}
