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
  void sentFailedDigestAndInAppMessagesAreNeverClaimed() throws SQLException {
    String sent = insert(now.minusSeconds(10), now.minusSeconds(5), 0, null);
    String givenUp = insert(now.minusSeconds(10), null, 60, null, now.minusSeconds(1), "EMAIL");
    String digest = insert(now.minusSeconds(10), null, 0, null, null, "DIGEST");
    String inApp = insert(now.minusSeconds(10), null, 0, null, null, "IN_APP");
    String manyTries = insert(now.minusSeconds(10), null, 60, null);

    assertThat(claim(sent, now, lease)).isFalse();
    assertThat(claim(givenUp, now, lease)).isFalse();
    assertThat(claim(digest, now, lease)).isFalse();
    assertThat(claim(inApp, now, lease)).isFalse();
    assertThat(claim(manyTries, now, lease)).as("tries are not counted, time is").isTrue();
    assertThat(due(now)).doesNotContain(sent, givenUp, digest, inApp);
  }

  @Test
  void aFailedMessageWaitsForItsRetryTime() throws SQLException {
    String retry = insert(now.minusSeconds(100), null, 1, now.plusSeconds(30));

    assertThat(due(now)).doesNotContain(retry);
    assertThat(claim(retry, now, lease)).isFalse();
    assertThat(due(now.plusSeconds(31))).contains(retry);
  }

  @Test
  void dueListHoldsOnlyClaimableMessagesUntriedFirstThenOldestFirst() throws SQLException {
    String newer = insert(now.minusSeconds(10), null, 0, null);
    String retried = insert(now.minusSeconds(20), null, 2, now.minusSeconds(1));
    String older = insert(now.minusSeconds(25), null, 0, null);
    insert(now.minusSeconds(30), now.minusSeconds(5), 0, null);
    insert(now.minusSeconds(40), null, 9, null, now.minusSeconds(2), "EMAIL");
    insert(now.minusSeconds(50), null, 0, now.plusSeconds(60));

    assertThat(due(now))
        .as("a backlog of retries never holds up a message not tried yet")
        .containsExactly(older, newer, retried);
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

  @Test
  void onlyOneDigestPerMemberAndDayCanBeWritten() throws SQLException {
    try (Connection c = db.getConnection()) {
      c.createStatement()
          .execute(
              "INSERT INTO member (id, email, email_normalized, display_name, password_hash,"
                  + " profession, time_zone, created_at) VALUES ('m-1', 'n@x.org', 'n@x.org', 'N',"
                  + " 'h', 'NURSE', 'UTC', CURRENT_TIMESTAMP)");
      String digest =
          "INSERT INTO notification (id, kind, recipient_id, recipient_email, created_at,"
              + " digest_day) VALUES (?, 'DAILY_DIGEST', 'm-1', 'n@x.org', CURRENT_TIMESTAMP, ?)";
      try (PreparedStatement first = c.prepareStatement(digest)) {
        first.setString(1, "d-1");
        first.setDate(2, java.sql.Date.valueOf("2026-11-21"));
        first.executeUpdate();
      }
      try (PreparedStatement second = c.prepareStatement(digest)) {
        second.setString(1, "d-2");
        second.setDate(2, java.sql.Date.valueOf("2026-11-21"));
        org.assertj.core.api.Assertions.assertThatThrownBy(second::executeUpdate)
            .isInstanceOf(SQLException.class);
        second.setString(1, "d-3");
        second.setDate(2, java.sql.Date.valueOf("2026-11-22"));
        assertThat(second.executeUpdate()).isEqualTo(1);
      }
    }
  }

  private String insert(Instant createdAt, Instant sentAt, int attempts, Instant claimedUntil)
      throws SQLException {
    return insert(createdAt, sentAt, attempts, claimedUntil, null, "EMAIL");
  }

  private String insert(
      Instant createdAt,
      Instant sentAt,
      int attempts,
      Instant claimedUntil,
      Instant failedAt,
      String delivery)
      throws SQLException {
    String id = UUID.randomUUID().toString();
    try (Connection c = db.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO notification (id, kind, recipient_email, params, created_at, sent_at,"
                    + " attempts, claimed_until, failed_at, delivery)"
                    + " VALUES (?, 'WELCOME', 'nora@example.org', '', ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, id);
      insert.setTimestamp(2, Timestamp.from(createdAt));
      insert.setTimestamp(3, sentAt == null ? null : Timestamp.from(sentAt));
      insert.setInt(4, attempts);
      insert.setTimestamp(5, claimedUntil == null ? null : Timestamp.from(claimedUntil));
      insert.setTimestamp(6, failedAt == null ? null : Timestamp.from(failedAt));
      insert.setString(7, delivery);
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
      claim.setTimestamp(3, Timestamp.from(at));
      return claim.executeUpdate() == 1;
    }
  }

  private List<String> due(Instant at) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement due = c.prepareStatement(jdbc(NotificationQueries.DUE))) {
      due.setTimestamp(1, Timestamp.from(at));
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
