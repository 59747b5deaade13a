package org.virtualcampus.platform.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * All rules read time from this clock so that deadlines and windows are testable with a fixed one.
 * With {@code campus.test-clock.enabled} (a test setting, never for production) integration tests
 * may move it forward through {@link TestClockResource}.
 */
@ApplicationScoped
public class ClockProducer {
  @Inject
  @ConfigProperty(name = "campus.test-clock.enabled", defaultValue = "false")
  boolean testClock;

  private CampusClock clock;

  @PostConstruct
  void create() {
    clock = new CampusClock(Clock.systemUTC(), testClock);
  }

  // Dependent scope: the test-clock switch gets the one instance held here, without a proxy.
  @Produces
  @Typed(CampusClock.class)
  CampusClock campusClock() {
    return clock;
  }

  // Application scope (a serializable proxy), so that view- and session-scoped beans may hold it.
  @Produces
  @ApplicationScoped
  Clock clock() {
    return clock;
  }
}
