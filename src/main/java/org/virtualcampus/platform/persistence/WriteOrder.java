package org.virtualcampus.platform.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An ordering key for rows listed "newest first": microseconds since the epoch, strictly increasing
 * within one JVM. Timestamps alone tie (several rows in one transaction share a time, and
 * Connector/J drops fractional seconds against MariaDB 10.x), and database auto-increment on a
 * non-key column is not reliable on H2 under concurrent inserts.
 */
public final class WriteOrder {
  private static final AtomicLong LAST = new AtomicLong();

  private WriteOrder() {}

  public static long next() {
    long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    return LAST.updateAndGet(previous -> Math.max(previous + 1, now));
  }
}
