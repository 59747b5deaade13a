package org.virtualcampus.platform.startup;

/**
 * Thrown by an observer of {@link SchemaReady} when the campus must not serve as configured (for
 * example demo passwords on a production database); {@link StartUp} logs it and stops the server.
 */
public class StartRefusedException extends RuntimeException {
  public StartRefusedException(String message) {
    super(message);
  }
}
