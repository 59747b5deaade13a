package org.virtualcampus.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ApiTokenTest {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void aTokenHas256RandomBitsInUrlSafeCharactersAndIsStoredOnlyAsItsSha256() {
    ApiToken.Issued one = ApiToken.issue("m1", NOW, Duration.ofHours(12));
    ApiToken.Issued two = ApiToken.issue("m1", NOW, Duration.ofHours(12));

    assertThat(one.token()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.token());
    assertThat(Base64.getUrlDecoder().decode(one.token())).hasSize(32);
    assertThat(ApiToken.hash(one.token()))
        .matches("[0-9a-f]{64}")
        .isNotEqualTo(ApiToken.hash(two.token()))
        .doesNotContain(one.token());
  }

  @Test
  void aTokenExpiresAfterItsLifetime() {
    ApiToken stored = ApiToken.issue("m1", NOW, Duration.ofHours(12)).stored();

    assertThat(stored.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
    assertThat(stored.memberId()).isEqualTo("m1");
  }

  @Test
  void theHashIsTheKnownSha256() {
    assertThat(ApiToken.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
