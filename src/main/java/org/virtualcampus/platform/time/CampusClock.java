package org.virtualcampus.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock: the system's UTC clock, which integration tests may move forward when
 * the test clock is switched on. Only forward, so that deadlines and ordering keys never run back.
 * The shift lives in this instance only; a multi-instance check moves every instance.
 */
public final class CampusClock extends Clock {
  private final Clock system;
  private final boolean shiftable;
  private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

  public CampusClock(Clock system, boolean shiftable) {
    this.system = system;
    this.shiftable = shiftable;
  }

  public boolean shiftable() {
    return shiftable;
  }

  /** Moves this clock forward by {@code by} and returns the new time. */
  public Instant advance(Duration by) {
    if (!shiftable) {
      throw new IllegalStateException("The test clock is switched off");
    }
    if (by == null || by.isNegative()) {
      throw new IllegalArgumentException("The clock only moves forward");
    }
    shift.accumulateAndGet(by, Duration::plus);
    return instant();
  }

  public Duration shift() {
    return shift.get();
  }

  @Override
  public Instant instant() {
    return system.instant().plus(shift.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(system.withZone(zone), shift.get());
  }
}
