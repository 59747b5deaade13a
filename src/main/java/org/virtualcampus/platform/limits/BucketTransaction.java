package org.virtualcampus.platform.limits;

import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** One read-modify-write of a bucket row under a row lock, on its own connection. */
final class BucketTransaction implements SelectForUpdateBasedTransaction {

  private final DataSource dataSource;
  private final BucketKey key;
  private final Instant now;
  private Connection connection;

  BucketTransaction(DataSource dataSource, BucketKey key, Instant now) {
    this.dataSource = dataSource;
    this.key = key;
    this.now = now;
  }

  @Override
  public void begin(Optional<Long> timeoutNanos) {
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not open a connection for an abuse limit", e);
    }
  }

  @Override
  public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT state FROM rate_limit_bucket WHERE bucket_key = ? FOR UPDATE")) {
      applyTimeout(select, timeoutNanos);
      select.setString(1, key.digest());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read an abuse-limit bucket", e);
    }
  }

  @Override
  public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO rate_limit_bucket (bucket_key, state, expires_at) VALUES (?, NULL, ?)")) {
      applyTimeout(insert, timeoutNanos);
      insert.setString(1, key.digest());
      insert.setObject(2, utc(now.plus(key.period())));
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false; // another request created the row first; lock it in the next round
      }
      throw new IllegalStateException("Could not create an abuse-limit bucket", e);
    }
  }

  @Override
  public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeoutNanos) {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE rate_limit_bucket SET state = ?, expires_at = ? WHERE bucket_key = ?")) {
      applyTimeout(update, timeoutNanos);
      update.setBytes(1, data);
      // Untouched for one period, the bucket is full again: the row may then be deleted.
      update.setObject(2, utc(now.plus(key.period())));
      update.setString(3, key.digest());
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store an abuse-limit bucket", e);
    }
  }

  @Override
  public void commit(Optional<Long> timeoutNanos) {
    try {
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not commit an abuse-limit bucket", e);
    }
  }

  @Override
  public void rollback() {
    try {
      if (connection != null) {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not roll back an abuse-limit bucket", e);
    }
  }

  @Override
  public void release() {
    if (connection == null) {
      return;
    }
    try (Connection done = connection) {
      done.setAutoCommit(true);
    } catch (SQLException e) {
      // The pool validates connections before handing them out again.
    }
  }

  static void delete(DataSource dataSource, BucketKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM rate_limit_bucket WHERE bucket_key = ?")) {
      delete.setString(1, key.digest());
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not delete an abuse-limit bucket", e);
    }
  }

  /** Deletes the buckets that are full again by now; returns how many. */
  static int deleteRefilled(DataSource dataSource, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM rate_limit_bucket WHERE expires_at < ?")) {
      delete.setObject(1, utc(now));
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not delete refilled abuse-limit buckets", e);
    }
  }

  /** Stored the way every other instant is: UTC wall time (see InstantConverter). */
  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static void applyTimeout(PreparedStatement statement, Optional<Long> timeoutNanos)
      throws SQLException {
    if (timeoutNanos.isPresent()) {
      statement.setQueryTimeout(
          (int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(timeoutNanos.get())));
    }
  }
}
