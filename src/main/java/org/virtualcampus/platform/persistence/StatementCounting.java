package org.virtualcampus.platform.persistence;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Installs the {@link StatementCounter} when the test setting {@code campus.test-clock.enabled} or
 * the benchmark setting {@code campus.diagnostics.statements} is on; in production the session has
 * no profiler at all.
 */
public class StatementCounting implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    if (enabled()) {
      session.setProfiler(new StatementCounter());
    }
  }

  /** Whether statements may be counted per request (tests and the benchmark, never production). */
  public static boolean enabled() {
    var config = ConfigProvider.getConfig();
    return config.getOptionalValue("campus.test-clock.enabled", Boolean.class).orElse(false)
        || config.getOptionalValue("campus.diagnostics.statements", Boolean.class).orElse(false);
  }
}
