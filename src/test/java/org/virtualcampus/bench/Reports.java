package org.virtualcampus.bench;

import java.util.ArrayList;
import java.util.List;

/** Attendance, homework and dashboard reports for cohorts of 100, 1,000 and 10,000 educators. */
final class Reports {
  static final int[] SIZES =
      java.util.Arrays.stream(System.getProperty("bench.sizes", "100,1000,10000").split(","))
          .mapToInt(Integer::parseInt)
          .toArray();
  private final Benchmark run;

  Reports(Benchmark run) {
    this.run = run;
  }

  void measure(String course) throws Exception {
    String coordinator = run.coordinatorToken();
    String recorder =
        (String)
            run.db
                .rows("SELECT id FROM member WHERE email_normalized = 'coordinator@campus.example'")
                .get(0)
                .get("id");
    List<ReportsAtScale.Measure> attendance = new ArrayList<>();
    List<ReportsAtScale.Measure> homework = new ArrayList<>();
    List<ReportsAtScale.Measure> dashboard = new ArrayList<>();
    for (int size : SIZES) {
      System.out.println("== reports: seeding a cohort of " + size + " with 30 sessions");
      String cohort = run.openCohort(course, size);
      ReportsAtScale.seed(run.db, cohort, size, recorder);
      var api = run.instance.base().resolve("api/v1/");
      attendance.add(
          ReportsAtScale.measure(
              "attendance", size, api.resolve("attendance/cohorts/" + cohort), coordinator, 5, 15));
      homework.add(
          ReportsAtScale.measure(
              "homework",
              size,
              api.resolve("cohorts/" + cohort + "/progress"),
              coordinator,
              5,
              15));
      dashboard.add(
          ReportsAtScale.measure(
              "dashboard",
              size,
              api.resolve("cohorts/" + cohort + "/dashboard"),
              coordinator,
              5,
              15));
    }
    add("attendance report GET /api/v1/attendance/cohorts/{id}", attendance, true);
    add("homework report GET /api/v1/cohorts/{id}/progress", homework, false);
    add("cohort dashboard GET /api/v1/cohorts/{id}/dashboard", dashboard, false);
  }

  private void add(String what, List<ReportsAtScale.Measure> m, boolean targeted) {
    double[] server = ReportsAtScale.values(m, ReportsAtScale.Measure::serverMillis);
    double[] client = ReportsAtScale.values(m, ReportsAtScale.Measure::clientMillis);
    double[] statements = ReportsAtScale.values(m, ReportsAtScale.Measure::statements);
    int last = statements.length - 1;
    boolean flat = java.util.Arrays.stream(statements).allMatch(n -> n == statements[0]);
    int thousand = Math.min(1, last);
    boolean grows = server[last] / Math.max(0.001, server[thousand]) <= 10.0;
    run.results.add(
        what + ", 100 / 1,000 / 10,000 educators × 30 sessions",
        String.format(
            "server %s ms (growth 1k→10k %s); with the JSON on the wire %s ms; statements %s",
            ReportsAtScale.joined(server, "%.1f"),
            ReportsAtScale.growth(server[thousand], server[last]),
            ReportsAtScale.joined(client, "%.1f"),
            ReportsAtScale.joined(statements, "%.0f")),
        "",
        targeted ? "1,000 × 30 ≤ 150 ms, flat statements, growth ≤ ×10" : "flat statements",
        targeted ? server[thousand] <= 150 && flat && grows : flat);
  }
}
