package org.virtualcampus.platform.rest;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (down, restarting, pool unable to connect) from a query
 * that failed: the first is a 503 the client may retry, the second a bug.
 */
final class DatabaseOutage {
  private DatabaseOutage() {}

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
