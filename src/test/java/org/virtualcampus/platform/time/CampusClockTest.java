package org.virtualcampus.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CampusClockTest {
  static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  final Clock fixed = Clock.fixed(T0, ZoneOffset.UTC);

  @Test
  void followsTheSystemClockUntilMoved() {
    assertThat(new CampusClock(fixed, true).instant()).isEqualTo(T0);
  }

  @Test
  void movesForwardWhenTheTestClockIsOn() {
    CampusClock clock = new CampusClock(fixed, true);
    clock.advance(Duration.ofHours(2));
    clock.advance(Duration.ofMinutes(30));
    assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofMinutes(150)));
    assertThat(clock.withZone(ZoneOffset.ofHours(2)).instant()).isEqualTo(clock.instant());
  }

  @Test
  void refusesToMoveWhenTheTestClockIsOff() {
    CampusClock clock = new CampusClock(fixed, false);
    assertThatThrownBy(() -> clock.advance(Duration.ofHours(1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(clock.instant()).isEqualTo(T0);
  }

  @Test
  void neverRunsBack() {
    CampusClock clock = new CampusClock(fixed, true);
    assertThatThrownBy(() -> clock.advance(Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.instant()).isEqualTo(T0);
  }
}
