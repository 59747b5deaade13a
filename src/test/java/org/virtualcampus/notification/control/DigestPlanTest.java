package org.virtualcampus.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which notices go into which day's digest, in the member's own time zone. */
class DigestPlanTest {

  @Test
  void digestAfterMidnightCarriesThePreviousLocalDay() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    // 00:30 in Berlin on 22 November is 23:30 UTC on the 21st.
    DigestPlan plan = DigestPlan.at(Instant.parse("2026-11-21T23:30:00Z"), berlin);
    assertThat(plan.day()).isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(plan.cutoff()).isEqualTo(Instant.parse("2026-11-21T23:00:00Z"));

    List<Instant> notices =
        List.of(
            Instant.parse("2026-11-20T23:10:00Z"), // 00:10 on the 21st in Berlin
            Instant.parse("2026-11-21T12:00:00Z"),
            Instant.parse("2026-11-21T22:59:59Z"), // 23:59:59 on the 21st in Berlin
            Instant.parse("2026-11-21T23:00:00Z"), // already the 22nd in Berlin
            Instant.parse("2026-11-21T23:20:00Z"));
    assertThat(notices.stream().filter(plan::covers))
        .containsExactly(notices.get(0), notices.get(1), notices.get(2));
  }

  @Test
  void sameInstantIsADifferentDayElsewhere() {
    Instant now = Instant.parse("2026-11-22T03:00:00Z");
    assertThat(DigestPlan.at(now, ZoneId.of("America/Chicago")).day())
        .as("21:00 on the 21st in Chicago: the 20th is the last whole day")
        .isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(DigestPlan.at(now, ZoneId.of("Asia/Tokyo")).day())
        .isEqualTo(LocalDate.of(2026, 11, 21));
  }

  @Test
  void leftoversFromEarlierDaysAreCarriedToo() {
    DigestPlan plan = DigestPlan.at(Instant.parse("2026-11-25T08:00:00Z"), ZoneId.of("UTC"));
    assertThat(plan.covers(Instant.parse("2026-11-20T08:00:00Z"))).isTrue();
    assertThat(plan.covers(Instant.parse("2026-11-25T00:00:00Z"))).isFalse();
  }
}
