package org.virtualcampus.platform.persistence;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Installs the {@link StatementCounter} when the test setting {@code campus.test-clock.enabled} is
 * on; in production the session has no profiler at all.
 */
public class StatementCounting implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    boolean testing =
        ConfigProvider.getConfig()
            .getOptionalValue("campus.test-clock.enabled", Boolean.class)
            .orElse(false);
    if (testing) {
      session.setProfiler(new StatementCounter());
    }
  }
}
