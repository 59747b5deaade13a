package org.virtualcampus.enrollment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Profession;
import org.virtualcampus.identity.entity.Profile;
import org.virtualcampus.identity.entity.Role;

class CohortChoicesTest {
  private static Member facilitator(String email) {
    return new Member(
        email,
        "Dana Lee",
        "hash",
        new Profile(Profession.NURSE, null, null, null, ZoneId.of("UTC"), null),
        EnumSet.of(Role.FACILITATOR),
        Instant.parse("2026-12-07T10:00:00Z"));
  }

  @Test
  void twoFacilitatorsWithTheSameNameAreToldApartByTheirAddress() {
    String first = CohortChoices.facilitatorLabel(facilitator("dana.lee@north.example"));
    String second = CohortChoices.facilitatorLabel(facilitator("dana.lee@south.example"));

    assertThat(first).isEqualTo("Dana Lee (dana.lee@north.example)");
    assertThat(second).isNotEqualTo(first).contains("Dana Lee");
  }
}
