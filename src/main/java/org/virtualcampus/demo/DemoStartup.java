package org.virtualcampus.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.virtualcampus.platform.startup.SchemaReady;
import org.virtualcampus.platform.startup.StartRefusedException;

/**
 * Seeds at start-up, refuses to start when demo accounts keep their published password on a real
 * database (see {@link DemoSafety}), and prints where the campus runs. When several instances start
 * on one empty database at once, one of them seeds and the others' attempts fail on the unique
 * e-mail key; they say so and start normally.
 */
@ApplicationScoped
public class DemoStartup {
  private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

  @Inject DemoData demo;

  void onSchemaReady(@Observes SchemaReady ready) {
    boolean seeded = false;
    try {
      seeded = demo.seedDemoCampusIfEmpty();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Demo data not seeded by this instance; another instance probably seeded"
              + " the same empty database at the same moment: "
              + e.getMessage());
    }
    try {
      demo.createFirstAdminIfNone();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "First admin not created by this instance: " + e.getMessage());
    }
    demo.unsafeDemoPasswords()
        .ifPresent(
            refusal -> {
              throw new StartRefusedException(refusal);
            });
    announce(seeded);
  }

  private void announce(boolean seeded) {
    String url = demo.publicUrl();
    StringBuilder banner =
        new StringBuilder("\n\n  Virtual Campus is running at ").append(url).append("/\n");
    if (demo.demoDataOn()) {
      banner
          .append(
              seeded
                  ? "  Demo data seeded into an empty database.\n"
                  : "  Demo data already present.\n")
          .append("  Demo sign-ins (password for all: ")
          .append(DemoData.PASSWORD)
          .append("):\n")
          .append("    admin@campus.example        (admin)\n")
          .append("    coordinator@campus.example  (coordinator)\n")
          .append("    facilitator1@campus.example (facilitator)\n")
          .append("    educator01@campus.example … educator60@campus.example (educators)\n");
    }
    banner
        .append("  API: ")
        .append(url)
        .append("/api/v1  OpenAPI: ")
        .append(url)
        .append("/openapi")
        .append("  Health: ")
        .append(url)
        .append("/health\n");
    LOG.info(banner.toString());
  }
}
