package org.virtualcampus.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationInputTest {

  @Test
  void ninetyMinutesStayNinetyMinutes() {
    DurationInput input = DurationInput.of(Duration.parse("PT90M"));
    assertThat(input.getAmount()).isEqualTo(90);
    assertThat(input.getUnit()).isEqualTo("MINUTES");
    assertThat(input.toDuration()).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void thirtySixHoursStayThirtySixHours() {
    DurationInput input = DurationInput.of(Duration.parse("PT36H"));
    assertThat(input.getAmount()).isEqualTo(36);
    assertThat(input.getUnit()).isEqualTo("HOURS");
  }

  @Test
  void picksTheLargestUnitThatHoldsTheDurationExactly() {
    assertThat(DurationInput.of(Duration.ofDays(3)).getUnit()).isEqualTo("DAYS");
    assertThat(DurationInput.of(Duration.ofSeconds(61)).getUnit()).isEqualTo("SECONDS");
    assertThat(DurationInput.of(Duration.ofHours(1)).getUnit()).isEqualTo("HOURS");
  }

  @Test
  void everyWholeSecondDurationRoundTripsExactly() {
    for (long seconds = 1; seconds <= 30L * 24 * 3600; seconds += 997) {
      Duration d = Duration.ofSeconds(seconds);
      assertThat(DurationInput.of(d).toDuration()).as("%s", d).isEqualTo(d);
    }
    for (long minutes = 1; minutes <= 30L * 24 * 60; minutes++) {
      Duration d = Duration.ofMinutes(minutes);
      assertThat(DurationInput.of(d).toDuration()).as("%s", d).isEqualTo(d);
    }
  }

  @Test
  void aMissingOrImpossibleAmountIsNoDuration() {
    assertThat(new DurationInput(null, "HOURS").toDuration()).isNull();
    assertThat(new DurationInput(Long.MAX_VALUE, "DAYS").toDuration()).isNull();
    assertThat(new DurationInput(5L, "WEEKS").toDuration()).isNull();
  }
}
