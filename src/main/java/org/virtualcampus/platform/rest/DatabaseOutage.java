package org.virtualcampus.platform.rest;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (down, restarting, pool unable to connect) from a query
 * that failed: the first is a 503 the client may retry, the second a bug.
 */
public final class DatabaseOutage {
  private DatabaseOutage() {}

  /** Whether the failure or any of its causes says the database cannot be reached. */
  public static boolean in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (is(t)) {
        return true;
      }
    }
    return false;
  }

  /** The problem+json body of the 503 answer. */
  public static Problem problem() {
    return Problem.of(
        "database-unavailable",
        "Service Unavailable",
        503,
        "The campus cannot reach its database just now; nothing was changed. Try again in a"
            + " moment.");
  }

  static boolean is(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException) {
      return true;
    }
    if (t instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("08")) {
      return true; // SQL state class 08: connection exception
    }
    String type = t.getClass().getName();
    // Connector/J's link failure, and the server's pool failing to open a connection for a request.
    return type.endsWith("CommunicationsException")
        || type.endsWith("PoolingException")
        || (type.endsWith("DatabaseException")
            && t.getMessage() != null
            && t.getMessage().contains("Communications link failure"));
  }
}
