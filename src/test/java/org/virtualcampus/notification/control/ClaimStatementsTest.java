package org.virtualcampus.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtualcampus.notification.entity.Notification;

/**
 * The relay's due list and claim, run as written against the migrated schema on embedded H2, with
 * relays on separate connections as separate instances would be. (The integration suite runs the
 * same statements on MariaDB in CI.)
 */
class ClaimStatementsTest {
  final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
  final Instant now = clock.instant();
  final Instant lease = now.plus(Duration.ofMinutes(5));
  JdbcDataSource db;

  @BeforeEach
  void migrate() {
    db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:claims-"
            + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE");
    db.setUser("sa");
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
  }

  @AfterEach
  void drop() throws SQLException {
    try (Connection c = db.getConnection()) {
      c.createStatement().execute("SHUTDOWN");
    }
  }

  @Test
  void onlyTheFirstClaimSucceedsUntilTheLeaseRunsOut() throws SQLException {
    String id = insert(now.minusSeconds(10), null, 0, null);

    assertThat(claim(id, now, lease)).isTrue();
    assertThat(claim(id, now.plusSeconds(1), lease.plusSeconds(1)))
        .as("held by the first relay")
        .isFalse();
    assertThat(claim(id, lease.plusMillis(1), lease.plus(Duration.ofMinutes(5))))
        .as("the first relay died: after its lease another may take over")
        .isTrue();
  }

  @Test
  void sentMessagesAndMessagesOutOfTriesAreNeverClaimed() throws SQLException {
    String sent = insert(now.minusSeconds(10), now.minusSeconds(5), 0, null);
    String givenUp = insert(now.minusSeconds(10), null, Notification.MAX_ATTEMPTS, null);
    String lastTry = insert(now.minusSeconds(10), null, Notification.MAX_ATTEMPTS - 1, null);

    assertThat(claim(sent, now, lease)).isFalse();
    assertThat(claim(givenUp, now, lease)).isFalse();
    assertThat(claim(lastTry, now, lease)).isTrue();
  }

  @Test
  void aFailedMessageWaitsForItsRetryTime() throws SQLException {
    String retry = insert(now.minusSeconds(100), null, 1, now.plusSeconds(30));

    assertThat(due(now)).doesNotContain(retry);
    assertThat(claim(retry, now, lease)).isFalse();
    assertThat(due(now.plusSeconds(31))).contains(retry);
  }

  @Test
  void dueListHoldsOnlyClaimableMessagesOldestFirst() throws SQLException {
    String newer = insert(now.minusSeconds(10), null, 0, null);
    String older = insert(now.minusSeconds(20), null, 2, now.minusSeconds(1));
    insert(now.minusSeconds(30), now.minusSeconds(5), 0, null);
    insert(now.minusSeconds(40), null, Notification.MAX_ATTEMPTS, null);
    insert(now.minusSeconds(50), null, 0, now.plusSeconds(60));

    assertThat(due(now)).containsExactly(older, newer);
  }

  @Test
  void relaysRacingForTheSameMessageLeaveExactlyOneWinner() throws Exception {
    int relays = 8;
    for (int round = 0; round < 20; round++) {
      String id = insert(now.minusSeconds(10), null, 0, null);
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(relays);
      try {
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int r = 0; r < relays; r++) {
          Callable<Boolean> relay =
              () -> {
                start.await();
                return claim(id, now, lease);
              };
          outcomes.add(pool.submit(relay));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> outcome : outcomes) {
          winners += outcome.get(10, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(winners).as("round " + round).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private String insert(Instant createdAt, Instant sentAt, int attempts, Instant claimedUntil)
      throws SQLException {
    String id = UUID.randomUUID().toString();
    try (Connection c = db.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO notification (id, kind, recipient_email, subject, body, created_at, sent_at, attempts,"
                    + " claimed_until) VALUES (?, 'WELCOME', 'nora@example.org', 'Welcome', 'Hello', ?, ?, ?, ?)")) {
      insert.setString(1, id);
      insert.setTimestamp(2, Timestamp.from(createdAt));
      insert.setTimestamp(3, sentAt == null ? null : Timestamp.from(sentAt));
      insert.setInt(4, attempts);
      insert.setTimestamp(5, claimedUntil == null ? null : Timestamp.from(claimedUntil));
      insert.executeUpdate();
    }
    return id;
  }

  /** Each call on its own connection in auto-commit, as a relay's claim in its own transaction. */
  private boolean claim(String id, Instant at, Instant until) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement claim = c.prepareStatement(jdbc(NotificationQueries.CLAIM))) {
      claim.setTimestamp(1, Timestamp.from(until));
      claim.setString(2, id);
      claim.setInt(3, Notification.MAX_ATTEMPTS);
      claim.setTimestamp(4, Timestamp.from(at));
      return claim.executeUpdate() == 1;
    }
  }

  private List<String> due(Instant at) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement due = c.prepareStatement(jdbc(NotificationQueries.DUE))) {
      due.setInt(1, Notification.MAX_ATTEMPTS);
      due.setTimestamp(2, Timestamp.from(at));
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = due.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    }
  }

  /** JPA numbers its parameters (?1, ?2 …, in order of appearance); JDBC takes them plain. */
  private static String jdbc(String sql) {
    return sql.replaceAll("\\?\\d+", "?");
  }
}
