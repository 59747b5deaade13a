package org.virtualcampus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule that decides when a stored hash is hashed again at the next successful sign-in. */
class PasswordHasherTest {
  static final String SALT_AND_HASH = ":c2FsdA==:aGFzaA==";

  @Test
  void aHashWithFewerIterationsThanTheSettingIsHashedAgain() {
    assertThat(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:210000" + SALT_AND_HASH, 600_000))
        .isTrue();
    assertThat(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:1024" + SALT_AND_HASH, 600_000))
        .isTrue();
  }

  @Test
  void aHashAtOrAboveTheSettingIsLeftAlone() {
    assertThat(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:600000" + SALT_AND_HASH, 600_000))
        .isFalse();
    assertThat(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:600000" + SALT_AND_HASH, 1024))
        .as("lowering the setting (as the tests do) weakens no stored hash")
        .isFalse();
  }

  @Test
  void aHashWithAnotherAlgorithmIsHashedAgain() {
    assertThat(PasswordHasher.needsRehash("PBKDF2WithHmacSHA1:900000" + SALT_AND_HASH, 600_000))
        .isTrue();
  }

  @Test
  void aHashThatCannotBeReadIsLeftAlone() {
    assertThat(PasswordHasher.needsRehash(null, 600_000)).isFalse();
    assertThat(PasswordHasher.needsRehash("garbage", 600_000)).isFalse();
    assertThat(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:lots" + SALT_AND_HASH, 600_000))
        .isFalse();
  }
}
