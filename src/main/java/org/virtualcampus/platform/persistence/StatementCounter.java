package org.virtualcampus.platform.persistence;

import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * Counts the SQL statements EclipseLink prepares on the current thread, so that a test can show
 * that a list reads a constant number of statements whatever its length. Installed only with the
 * test setting {@code campus.test-clock.enabled} (see {@link StatementCounting}); counts only
 * between {@link #start()} and {@link #stop()} on the same thread.
 */
public class StatementCounter extends SessionProfilerAdapter {
  private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

  /** Starts counting on this thread. */
  public static void start() {
    COUNT.set(new int[1]);
  }

  /** Stops counting on this thread and returns how many statements ran since {@link #start()}. */
  public static int stop() {
    int[] count = COUNT.get();
    COUNT.remove();
    return count == null ? -1 : count[0];
  }

  @Override
  public void startOperationProfile(String operationName, DatabaseQuery query, int weight) {
    if (SessionProfiler.SqlPrepare.equals(operationName)) {
      int[] count = COUNT.get();
      if (count != null) {
        count[0]++;
      }
    }
  }
}
