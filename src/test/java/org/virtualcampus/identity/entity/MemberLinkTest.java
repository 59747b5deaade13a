package org.virtualcampus.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.virtualcampus.identity.entity.MemberLink.Purpose;
import org.virtualcampus.platform.error.GoneException;
import org.virtualcampus.platform.error.InvalidInputException;

class MemberLinkTest {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final Duration HOUR = Duration.ofHours(1);

  static Member member(String email) {
    return new Member(
        email,
        "Nora",
        "hash",
        new Profile(Profession.NURSE, null, null, null, ZoneId.of("UTC"), null),
        Set.of(),
        NOW);
  }

  @Test
  void aLinkHas256RandomBitsAndIsStoredOnlyAsItsSha256() {
    Member nora = member("nora@example.org");
    MemberLink.Issued one = MemberLink.issue(nora, Purpose.RESET_PASSWORD, NOW, HOUR);
    MemberLink.Issued two = MemberLink.issue(nora, Purpose.RESET_PASSWORD, NOW, HOUR);

    assertThat(one.token()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.token());
    assertThat(MemberLink.wellFormed(one.token())).isTrue();
    assertThat(Base64.getUrlDecoder().decode(one.token())).hasSize(32);
    assertThat(MemberLink.hash(one.token())).matches("[0-9a-f]{64}");
    assertThat(one.stored().expiresAt()).isEqualTo(NOW.plus(HOUR));
    assertThat(one.stored().memberId()).isEqualTo(nora.id());
  }

  @Test
  void aLinkCountsOnceBeforeItExpires() {
    Member nora = member("nora@example.org");
    MemberLink link = MemberLink.issue(nora, Purpose.VERIFY_EMAIL, NOW, HOUR).stored();

    link.use(Purpose.VERIFY_EMAIL, nora, NOW.plus(Duration.ofMinutes(59)));

    assertThat(link.usedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(59)));
    assertThatThrownBy(() -> link.use(Purpose.VERIFY_EMAIL, nora, NOW.plus(Duration.ofMinutes(59))))
        .isInstanceOf(GoneException.class)
        .hasMessageContaining("used already");
  }

  @Test
  void anExpiredLinkIsGoneAndStaysUnused() {
    Member nora = member("nora@example.org");
    MemberLink link = MemberLink.issue(nora, Purpose.RESET_PASSWORD, NOW, HOUR).stored();

    assertThatThrownBy(() -> link.use(Purpose.RESET_PASSWORD, nora, NOW.plus(HOUR)))
        .isInstanceOf(GoneException.class)
        .hasMessageContaining("expired");
    assertThat(link.usedAt()).isNull();
  }

  @Test
  void aLinkMadeForAnotherPurposeOrMemberIsNotValid() {
    Member nora = member("nora@example.org");
    Member other = member("other@example.org");
    MemberLink verify = MemberLink.issue(nora, Purpose.VERIFY_EMAIL, NOW, HOUR).stored();

    assertThatThrownBy(() -> verify.use(Purpose.RESET_PASSWORD, nora, NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> verify.use(Purpose.VERIFY_EMAIL, other, NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThat(verify.usedAt()).isNull();
  }

  @Test
  void onlyTheShapeOfAnIssuedTokenIsWorthAQuery() {
    assertThat(MemberLink.wellFormed(null)).isFalse();
    assertThat(MemberLink.wellFormed("short")).isFalse();
    assertThat(MemberLink.wellFormed("a".repeat(42) + "%")).isFalse();
    assertThat(MemberLink.wellFormed("a".repeat(43))).isTrue();
  }

  @Test
  void theOwnerOfTheMailboxTakesOverAnUnverifiedAccountAndEndsItsSessions() {
    Member squatted = member("invitee@example.org");
    long before = squatted.credentialsVersion();

    squatted.takeOverUnverified(
        "Real Invitee",
        new Profile(Profession.NURSE, null, null, null, ZoneId.of("UTC"), null),
        "new-hash");

    assertThat(squatted.emailVerified()).isTrue();
    assertThat(squatted.passwordHash()).isEqualTo("new-hash");
    assertThat(squatted.displayName()).isEqualTo("Real Invitee");
    assertThat(squatted.credentialsVersion()).isGreaterThan(before);
  }

  @Test
  void aVerifiedAccountIsNeverTakenOver() {
    Member owner = member("owner@example.org");
    owner.verifyEmail();

    assertThatThrownBy(
            () ->
                owner.takeOverUnverified(
                    "Someone",
                    new Profile(Profession.NURSE, null, null, null, ZoneId.of("UTC"), null),
                    "x"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(owner.passwordHash()).isEqualTo("hash");
  }

  @Test
  void aNewSelfSignedUpMemberIsNotVerified() {
    assertThat(member("new@example.org").emailVerified()).isFalse();
  }
}
