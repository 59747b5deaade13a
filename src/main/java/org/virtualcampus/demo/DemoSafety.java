package org.virtualcampus.demo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When demo data may be seeded and when the campus must not start because of it. Demo data goes
 * into the embedded H2 database by default and anywhere else only when {@code campus.demo-data} is
 * set to true. On any other database the campus refuses to start while a demo account still has the
 * published password, unless {@code campus.allow-demo-passwords} says this is a demo server.
 */
public final class DemoSafety {
  /** The demo accounts' e-mail domain: only these are checked at start-up, to keep it quick. */
  public static final String DEMO_DOMAIN = "campus.example";

  private DemoSafety() {}

  /** H2 in memory or in a file, in this JVM; an H2 server (tcp, ssl) or any other database not. */
  public static boolean embedded(String dbUrl) {
    String url = dbUrl == null ? "" : dbUrl.trim().toLowerCase(Locale.ROOT);
    return url.startsWith("jdbc:h2:")
        && !url.startsWith("jdbc:h2:tcp:")
        && !url.startsWith("jdbc:h2:ssl:");
  }

  /** The setting when it is given; otherwise demo data only on the embedded database. */
  public static boolean seeds(Optional<Boolean> demoDataSetting, String dbUrl) {
    return demoDataSetting.orElse(embedded(dbUrl));
  }

  /**
   * Why the campus must not start, or empty: a non-embedded database where {@code withDemoPassword}
   * (the demo accounts that still have the published password) is not empty and demo passwords are
   * not explicitly allowed.
   */
  public static Optional<String> refusal(
      String dbUrl, boolean demoPasswordsAllowed, List<String> withDemoPassword) {
    if (embedded(dbUrl) || demoPasswordsAllowed || withDemoPassword.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "DEMO PASSWORDS ON A REAL DATABASE - Virtual Campus will not start: "
            + withDemoPassword.size()
            + " account(s), such as "
            + withDemoPassword.get(0)
            + ", still have the published demo password. Change their passwords (or delete the"
            + " demo accounts), or set CAMPUS_ALLOW_DEMO_PASSWORDS=true on a demo server.");
  }
}
