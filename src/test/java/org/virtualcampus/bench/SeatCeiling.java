package org.virtualcampus.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bare database ceiling: the seat transaction the campus runs (lock the cohort row, take a seat
 * or the next waiting ticket, insert the place, commit) over plain JDBC from {@code threads}
 * threads, each on its own connection, in scratch tables of the benchmark database.
 */
final class SeatCeiling {
  private SeatCeiling() {}

  static Rush.Outcome run(BenchDatabase db, int people, int threads) throws Exception {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE bench_cohort (id INT PRIMARY KEY, capacity INT NOT NULL, taken INT NOT"
              + " NULL, next_ticket BIGINT NOT NULL)");
      s.execute(
          "CREATE TABLE bench_place (id INT AUTO_INCREMENT PRIMARY KEY, cohort_id INT NOT NULL,"
              + " member INT NOT NULL, status VARCHAR(16) NOT NULL, ticket BIGINT, requested_at"
              + " DATETIME(6) NOT NULL, UNIQUE (cohort_id, member), UNIQUE (cohort_id, ticket))");
      s.execute("INSERT INTO bench_cohort VALUES (1, 40, 0, 1)");
    }
    AtomicInteger next = new AtomicInteger(1);
    List<Rush.Answer> answers = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(
          pool.submit(
              () -> {
                try (Connection c = db.connect()) {
                  c.setAutoCommit(false);
                  PreparedStatement lock =
                      c.prepareStatement(
                          "SELECT capacity, taken, next_ticket FROM bench_cohort WHERE id = 1 FOR"
                              + " UPDATE");
                  PreparedStatement seat =
                      c.prepareStatement("UPDATE bench_cohort SET taken = taken + 1 WHERE id = 1");
                  PreparedStatement ticket =
                      c.prepareStatement(
                          "UPDATE bench_cohort SET next_ticket = next_ticket + 1 WHERE id = 1");
                  PreparedStatement place =
                      c.prepareStatement(
                          "INSERT INTO bench_place (cohort_id, member, status, ticket,"
                              + " requested_at) VALUES (1, ?, ?, ?, UTC_TIMESTAMP(6))");
                  for (int n = next.getAndIncrement(); n <= people; n = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    try (ResultSet rs = lock.executeQuery()) {
                      rs.next();
                      boolean free = rs.getInt(2) < rs.getInt(1);
                      (free ? seat : ticket).executeUpdate();
                      place.setInt(1, n);
                      place.setString(2, free ? "ENROLLED" : "WAITLISTED");
                      place.setObject(3, free ? null : rs.getLong(3));
                      place.executeUpdate();
                    }
                    c.commit();
                    answers.add(new Rush.Answer(n, 201, "", System.nanoTime() - sent));
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    pool.shutdown();
    return new Rush.Outcome(List.copyOf(answers), elapsed);
  }
}
