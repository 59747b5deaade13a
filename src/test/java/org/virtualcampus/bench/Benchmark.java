package org.virtualcampus.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.virtualcampus.support.Campus;

/**
 * The benchmark command ({@code mvn -B -Pbench verify}; README, "Performance"): one Payara Micro
 * with {@code -Xmx512m} on a throwaway MariaDB database, the load generator on the same machine.
 * Prints and writes (target/benchmark-results.md) every figure next to a ceiling measured in the
 * same run. {@code -Dbench.mode=smoke} runs only a small rush and its invariants (CI), {@code
 * -Dbench.mode=rush} the full rush with its ceilings and nothing else, {@code -Dbench.mode=reads}
 * the read figures after a small rush, {@code -Dbench.mode=pages} the page figures after a small
 * rush. Exits 1 when an invariant breaks.
 */
public final class Benchmark {
  static final int CAPACITY = 40;

  final String mode = System.getProperty("bench.mode", "full");

  /**
   * A measured rush of 2,000 after warm-ups (full, rush), or a small one to get going (smoke,
   * reads).
   */
  final boolean full = "full".equals(mode) || "rush".equals(mode);

  final int people = positive(Integer.getInteger("bench.people", 0), full ? 2000 : 200);
  final int connections = Integer.getInteger("bench.connections", 64);
  final int seconds = Integer.getInteger("bench.seconds", 15);
  final int warmUps = Integer.getInteger("bench.warmups", 8);
  final Path target = Path.of("target");
  final String tokenPrefix = "bench_" + Long.toHexString(System.nanoTime()) + "_";
  final Results results = new Results();
  BenchDatabase db;
  Instance instance;
  Campus campus;

  public static void main(String[] args) throws Exception {
    Benchmark run = new Benchmark();
    try {
      run.run();
    } finally {
      if (run.instance != null) {
        run.instance.close();
      }
      if (run.db != null && !Boolean.getBoolean("bench.keep")) {
        run.db.close();
      }
    }
    System.out.println();
    System.out.println(run.results.markdown());
    run.results.write(run.target.resolve("benchmark-results.md"));
    System.exit(run.results.allInvariantsHeld() ? 0 : 1);
  }

  void run() throws Exception {
    db = new BenchDatabase("campus_bench_" + System.currentTimeMillis());
    System.out.println("== starting the campus on MariaDB database " + db.name);
    instance = start();
    long idle = instance.residentMiB();
    results.add(
        "start-up to a ready /health/ready (empty database: migrations and demo data)",
        String.format("%.1f s", instance.startUp.toMillis() / 1000.0),
        "",
        "≤ 15 s",
        null);
    campus = new Campus(instance.base().toURL());
    int educators = full ? 10_000 : people;
    System.out.println("== seeding " + educators + " educators with API tokens");
    db.seedEducators(educators, tokenPrefix);

    String course = demoCourse();
    if (full) {
      // The JIT compiler keeps a core busy for a minute or more after start: measure after it.
      // The warm-ups ask with other educators than the measured rush and their cohorts are
      // cancelled afterwards, so the reads see the same data however many warm-ups ran.
      List<String> warmUpCohorts = new ArrayList<>();
      int others = educators / people - 1;
      for (int round = 1; round <= warmUps; round++) {
        System.out.println("== warm-up rush " + round + " of " + warmUps + " (unmeasured)");
        String warmUp = openCohort(course, CAPACITY);
        warmUpCohorts.add(warmUp);
        int offset = others > 0 ? (1 + (round - 1) % others) * people : 0;
        Rush.post(enrollments(warmUp), people, connections, p -> token(offset + p));
      }
      for (String warmUp : warmUpCohorts) {
        db.execute("UPDATE cohort SET status = 'CANCELLED' WHERE id = ?", warmUp);
      }
    }
    System.out.println("== enrollment rush: " + people + " educators, " + CAPACITY + " seats");
    String cohort = openCohort(course, CAPACITY);
    MemorySampler peak = new MemorySampler(instance);
    Rush.Outcome rush = Rush.post(enrollments(cohort), people, connections, this::token);
    long peakMiB = peak.stop();
    RushInvariants.check(rush, db, cohort, CAPACITY, results);
    if ("reads".equals(mode)) {
      new Reads(this).measure(cohort); // the read figures alone, after a small rush
      return;
    }
    if ("pages".equals(mode)) {
      new Pages(this).measure(); // the page figures alone, after a small rush
      return;
    }
    if (!full) {
      results.add(
          "smoke rush, " + people + " educators, " + connections + " connections",
          String.format("%,.0f req/s, %s", rush.perSecond(), rush.latencies().summary()),
          "",
          "every invariant",
          results.allInvariantsHeld());
      return;
    }
    Rush.Outcome bare =
        Rush.post(
            instance.base().resolve("bare/api/v1/cohorts/" + cohort + "/enrollments"),
            people,
            connections,
            this::token);
    Rush.Outcome database = SeatCeiling.run(db, 10_000, connections);
    results.add(
        "enrollment rush, "
            + people
            + " educators → "
            + CAPACITY
            + " seats, "
            + connections
            + " connections, bearer tokens",
        String.format(
            "%,.0f req/s, %s, %d errors",
            rush.perSecond(), rush.latencies().summary(), rush.errors(201)),
        String.format(
            "bare JAX-RS %,.0f req/s (p99 %.1f ms); bare MariaDB seat transaction %,.0f/s (p99 %.1f ms)",
            bare.perSecond(),
            bare.latencies().percentileMillis(99),
            database.perSecond(),
            database.latencies().percentileMillis(99)),
        "≥ 1,000 req/s, p99 ≤ 150 ms, 0 errors, ≥ ¼ of the database ceiling",
        rush.perSecond() >= 1000
            && rush.latencies().percentileMillis(99) <= 150
            && rush.errors(201) == 0
            && rush.perSecond() >= database.perSecond() / 4);
    results.add(
        "rush invariants ("
            + CAPACITY
            + " seats, "
            + (people - CAPACITY)
            + " waiting at 1.."
            + (people - CAPACITY)
            + " in request order, one place each)",
        results.allInvariantsHeld() ? "held" : "BROKEN",
        "",
        "held",
        results.allInvariantsHeld());
    if ("rush".equals(mode)) {
      return; // the rush and its ceilings only, to try a change to the seat request quickly
    }
    new Reads(this).measure(cohort);
    new Reports(this).measure(course);
    new Pages(this).measure();
    results.add(
        "resident memory (-Xmx512m)",
        String.format("%d MiB idle after start, %d MiB at the peak of the rush", idle, peakMiB),
        "",
        "",
        null);
    instance.close();
    instance = start();
    startUp("restart: database migrated");
    instance.close();
    System.out.println("== building an AppCDS archive (a training start with --warmup)");
    Instance.Launch cds = AppCds.build(target, 8190, 6990, environment());
    instance = Instance.start(target, 8190, 6990, environment(), cds);
    startUp("restart with the AppCDS archive");
  }

  private void startUp(String how) {
    results.add(
        "start-up to a ready /health/ready (" + how + ")",
        String.format("%.1f s", instance.startUp.toMillis() / 1000.0),
        "",
        "≤ 15 s",
        instance.startUp.toMillis() <= 15_000);
  }

  Instance start() throws Exception {
    return Instance.start(target, 8190, 6990, environment());
  }

  Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("CAMPUS_DB_URL", db.url());
    env.put("CAMPUS_DB_USER", "root");
    env.put("CAMPUS_DB_PASSWORD", "");
    env.put("CAMPUS_DB_DATASOURCE_CLASS", "com.mysql.cj.jdbc.MysqlDataSource");
    env.put("CAMPUS_DEMO_DATA", "true");
    env.put("CAMPUS_ALLOW_DEMO_PASSWORDS", "true");
    env.put("CAMPUS_TRUST_PROXY", "true");
    env.put("CAMPUS_DIAGNOSTICS_STATEMENTS", "true");
    env.put("CAMPUS_FILES_DIR", target.resolve("bench-files").toAbsolutePath().toString());
    env.put("CAMPUS_PUBLIC_URL", "http://127.0.0.1:8190");
    env.put("CAMPUS_MAIL_PORT", "3099");
    return env;
  }

  private static int positive(int asked, int otherwise) {
    return asked > 0 ? asked : otherwise;
  }

  String token(int person) {
    return BenchDatabase.token(tokenPrefix, person);
  }

  String coordinatorToken() {
    return campus.tokenFor(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
  }

  URI enrollments(String cohort) {
    return instance.base().resolve("api/v1/cohorts/" + cohort + "/enrollments");
  }

  /** The demo course with the most homework: the reports' cohorts use its modules. */
  String demoCourse() throws Exception {
    return (String)
        db.rows(
                "SELECT m.course_id FROM homework h JOIN course_module m ON m.id = h.module_id"
                    + " GROUP BY m.course_id ORDER BY COUNT(*) DESC LIMIT 1")
            .get(0)
            .get("course_id");
  }

  String openCohort(String course, int capacity) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, Object> plan = new HashMap<>();
    plan.put("courseId", course);
    plan.put("name", "Bench " + Long.toHexString(System.nanoTime()));
    plan.put("capacity", capacity);
    plan.put("startsOn", today.plusWeeks(4).toString());
    plan.put("endsOn", today.plusWeeks(9).toString());
    plan.put("timeZone", "America/Chicago");
    plan.put("admission", "OPEN_TO_COMMUNITY");
    plan.put("seatPolicy", "IMMEDIATE");
    plan.put("offerHold", "PT72H");
    String id =
        campus
            .withToken(coordinatorToken())
            .body(plan)
            .post("cohorts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    campus
        .withToken(coordinatorToken())
        .body(Map.of("status", "OPEN"))
        .post("cohorts/" + id + "/status")
        .then()
        .statusCode(200);
    return id;
  }

  List<String> bearerHeaders(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(n -> "Authorization: Bearer " + token(n) + "\nAccept: application/json")
        .toList();
  }

  static List<String> oneHeaderSet(String header) {
    List<String> sets = new ArrayList<>();
    sets.add(header);
    return sets;
  }

  static boolean existsWrk() {
    return Files.isExecutable(Path.of("/usr/bin/wrk"));
  }
}
