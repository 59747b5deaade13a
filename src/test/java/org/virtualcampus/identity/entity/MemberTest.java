package org.virtualcampus.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberTest {
  static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  static Member member() {
    return new Member(
        " Nora.Nurse@Example.org ",
        "Nora",
        "hash",
        new Profile(Profession.NURSE, null, null, null, ZoneId.of("UTC"), null),
        Set.of(),
        NOW);
  }

  @Test
  void emailIsNormalizedForTheUniqueKeyButKeptAsTyped() {
    assertThat(Member.normalize(" Nora.Nurse@Example.org ")).isEqualTo("nora.nurse@example.org");
    assertThat(member().email()).isEqualTo("Nora.Nurse@Example.org");
  }

  @Test
  void aMemberWithoutRolesBecomesAnEducator() {
    assertThat(member().roles()).containsExactly(Role.EDUCATOR);
  }

  @Test
  void otherProfessionKeepsItsDescriptionOnlyForOther() {
    Member m = member();
    m.updateProfile(
        "Nora",
        new Profile(Profession.OTHER, "Midwife", "Clinic", "DE", ZoneId.of("Europe/Berlin"), ""));
    assertThat(m.professionOther()).isEqualTo("Midwife");
    assertThat(m.bio()).as("blank becomes empty").isNull();
    m.updateProfile(
        "Nora", new Profile(Profession.NURSE, "Midwife", null, null, ZoneId.of("UTC"), null));
    assertThat(m.professionOther()).isNull();
    m.replaceRoles(EnumSet.of(Role.ADMIN));
    assertThat(m.hasRole(Role.EDUCATOR)).isFalse();
  }

  @Test
  void professionsParseLeniently() {
    assertThat(Profession.parse("physician assistant")).contains(Profession.PHYSICIAN_ASSISTANT);
    assertThat(Profession.parse("wizard")).isEmpty();
    assertThat(Profession.parse(null)).isEmpty();
  }
}
