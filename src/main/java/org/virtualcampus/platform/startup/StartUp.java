package org.virtualcampus.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database up to date before anything else touches it, then lets the features seed
 * (observers of {@link SchemaReady}). A failed migration stops the server: serving pages on a
 * half-migrated schema would do more harm than being down. So does an observer's {@link
 * StartRefusedException} (an unsafe configuration), with its message as the log line.
 */
@ApplicationScoped
public class StartUp {
  private static final Logger LOG = Logger.getLogger(StartUp.class.getName());

  @Inject SchemaMigration schema;
  @Inject Event<SchemaReady> schemaReady;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    try {
      schema.migrate();
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "DATABASE MIGRATION FAILED - Virtual Campus will not start. Fix the database or the"
              + " migration named below, then start again. Cause: "
              + rootMessage(e),
          e);
      stop();
      throw e;
    }
    try {
      schemaReady.fire(new SchemaReady());
    } catch (StartRefusedException e) {
      LOG.severe(e.getMessage());
      stop();
      throw e;
    }
  }

  /**
   * Ends the JVM: Payara Micro would otherwise report "ready" with the application undeployed and
   * every URL answering 404.
   */
  private static void stop() {
    new Thread(() -> System.exit(3), "campus-stop-refused-start").start();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return e.getMessage() + (t != e ? " / " + t.getMessage() : "");
  }
}
