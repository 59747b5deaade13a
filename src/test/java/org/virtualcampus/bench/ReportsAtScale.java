package org.virtualcampus.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cohorts of 100, 1,000 and 10,000 educators with 30 held sessions (attendance taken for everyone)
 * and the demo course's homework (about nine in ten handed in), seeded with SQL; then each report
 * asked for again and again: the median time the server spent (its own header) and the SQL
 * statements it ran (the same header set).
 */
final class ReportsAtScale {
  record Measure(
      String report, int members, double serverMillis, double clientMillis, int statements) {}

  private ReportsAtScale() {}

  /** Makes the cohort's places, sessions, attendance and homework rows. */
  static void seed(BenchDatabase db, String cohortId, int members, String recorderId)
      throws SQLException {
    db.execute(
        "INSERT INTO enrollment (id, cohort_id, member_id, status, source, requested_at,"
            + " queue_ticket, enrolled_at, version) SELECT UUID(), ?, CONCAT('bench-', LPAD(seq,"
            + " 6, '0')), 'ENROLLED', 'REQUEST', UTC_TIMESTAMP(6) - INTERVAL 60 DAY, seq,"
            + " UTC_TIMESTAMP(6) - INTERVAL 60 DAY, 0 FROM mysql.seq_1_to_"
            + members,
        cohortId);
    db.execute(
        "UPDATE cohort SET seats_taken = ?, next_ticket = ? WHERE id = ?",
        members,
        members + 1,
        cohortId);
    db.execute(
        "INSERT INTO live_session (id, cohort_id, kind, title, starts_at, minutes, status,"
            + " sequence, created_at, version) SELECT CONCAT(LEFT(?, 26), '-s', LPAD(seq, 2,"
            + " '0')), ?, 'CLASS', CONCAT('Week ', seq), UTC_TIMESTAMP(6) - INTERVAL (31 - seq)"
            + " DAY, 90, 'SCHEDULED', 0, UTC_TIMESTAMP(6) - INTERVAL 90 DAY, 0 FROM"
            + " mysql.seq_1_to_30",
        cohortId,
        cohortId);
    // Mostly present; every 13th late, every 17th absent, every 29th excused, spread over
    // members and sessions.
    db.execute(
        "INSERT INTO attendance_record (session_id, member_id, status, source, recorded_by,"
            + " recorded_at, version) SELECT s.id, e.member_id, CASE WHEN MOD(e.queue_ticket +"
            + " s.n, 29) = 0 THEN 'EXCUSED' WHEN MOD(e.queue_ticket * 3 + s.n, 17) = 0 THEN"
            + " 'ABSENT' WHEN MOD(e.queue_ticket + s.n * 5, 13) = 0 THEN 'LATE' ELSE 'PRESENT' END,"
            + " 'ROLL_CALL', ?, UTC_TIMESTAMP(6), 0 FROM enrollment e JOIN (SELECT id, CAST(RIGHT(id,"
            + " 2) AS INT) n FROM live_session WHERE cohort_id = ?) s WHERE e.cohort_id = ?",
        recorderId,
        cohortId,
        cohortId);
    db.execute(
        "INSERT INTO submission (id, homework_id, module_id, cohort_id, member_id, number, state,"
            + " body, draft_saved_at, submitted_at, late, reviewed_at, reviewer_id, created_at,"
            + " version) SELECT UUID(), h.id, h.module_id, e.cohort_id, e.member_id, 1, CASE WHEN"
            + " MOD(e.queue_ticket, 3) = 0 THEN 'ACCEPTED' ELSE 'SUBMITTED' END, 'Reflection',"
            + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), MOD(e.queue_ticket, 7) = 0, CASE WHEN"
            + " MOD(e.queue_ticket, 3) = 0 THEN UTC_TIMESTAMP(6) END, CASE WHEN MOD(e.queue_ticket,"
            + " 3) = 0 THEN ? END, UTC_TIMESTAMP(6), 0 FROM enrollment e JOIN cohort c ON c.id ="
            + " e.cohort_id JOIN course_module m ON m.course_id = c.course_id JOIN homework h ON"
            + " h.module_id = m.id WHERE e.cohort_id = ? AND MOD(e.queue_ticket + m.position, 10)"
            + " <> 0",
        recorderId,
        cohortId);
  }

  /** The median of {@code rounds} requests after {@code warmUp} unmeasured ones. */
  static Measure measure(String report, int members, URI uri, String token, int warmUp, int rounds)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("X-Campus-Count-Statements", "yes")
            .build();
    List<Double> server = new ArrayList<>();
    List<Double> client = new ArrayList<>();
    int statements = -1;
    for (int i = 0; i < warmUp + rounds; i++) {
      long sent = System.nanoTime();
      HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long took = System.nanoTime() - sent;
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(uri + " answered " + answer.statusCode());
      }
      if (i >= warmUp) {
        client.add(took / 1e6);
        server.add(
            answer.headers().firstValueAsLong("X-Campus-Server-Micros").orElse(-1000) / 1000.0);
        statements = (int) answer.headers().firstValueAsLong("X-Campus-Statements").orElse(-1);
      }
    }
    return new Measure(report, members, median(server), median(client), statements);
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  static String growth(double small, double large) {
    return small <= 0 ? "-" : String.format("×%.1f", large / small);
  }

  static double[] values(List<Measure> measures, java.util.function.ToDoubleFunction<Measure> f) {
    return measures.stream().mapToDouble(f).toArray();
  }

  static String joined(double[] values, String format) {
    return String.join(
        " / ", Arrays.stream(values).mapToObj(v -> String.format(format, v)).toList());
  }
}
