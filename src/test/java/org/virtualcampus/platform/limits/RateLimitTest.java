package org.virtualcampus.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.virtualcampus.platform.error.TooManyRequestsException;

class RateLimitTest {

  static final RateLimit SIGN_UPS = RateLimit.of("sign-ups-per-address", 20, Duration.ofHours(1));

  @Test
  void aSettingReplacesCapacityAndPeriod() {
    assertThat(SIGN_UPS.configuredAs(" 50/pt30m "))
        .isEqualTo(RateLimit.of("sign-ups-per-address", 50, Duration.ofMinutes(30)));
  }

  @Test
  void aSettingThatIsNotTriesPerPeriodIsRefusedByName() {
    for (String bad : new String[] {"50", "fifty/PT1H", "50/an hour", "0/PT1H", "5/PT0S"}) {
      assertThatThrownBy(() -> SIGN_UPS.configuredAs(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("campus.limits.sign-ups-per-address");
    }
  }

  @Test
  void changedSettingsGiveANewConfigurationVersion() {
    assertThat(SIGN_UPS.configuredAs("20/PT2H").configurationVersion())
        .isNotEqualTo(SIGN_UPS.configurationVersion());
  }

  @Test
  void bucketKeysAreDigestsThatKeepNoAddressOrEmail() {
    String key = RateLimits.key("sign-ups-per-email", "nora@example.org");
    assertThat(key).matches("[0-9a-f]{64}").doesNotContain("nora");
    assertThat(RateLimits.key("sign-ups-per-address", "nora@example.org")).isNotEqualTo(key);
  }

  @Test
  void theWaitIsSaidInWholeSecondsOrMinutesRoundedUp() {
    assertThat(new TooManyRequestsException(Duration.ofMillis(1500)).retryAfter())
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(new TooManyRequestsException(Duration.ofMillis(1500)).detail())
        .endsWith("try again in 2 seconds.");
    assertThat(new TooManyRequestsException(Duration.ofSeconds(61)).detail())
        .endsWith("try again in 2 minutes.");
    assertThat(new TooManyRequestsException(Duration.ofSeconds(61)).minutesToWait()).isEqualTo(2);
    assertThat(new TooManyRequestsException(Duration.ZERO).retryAfter())
        .isEqualTo(Duration.ofSeconds(1));
  }
}
