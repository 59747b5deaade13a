package org.virtualcampus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.virtualcampus.support.Campus;

/**
 * Whole pages for 20 concurrent signed-in people (each a page session of their own, signed in
 * through the sign-in form, and a connection of their own, keeping the cookies each answer set):
 * the educator's home and the coordinator's cohort dashboard. Each page twice: loaded again as soon
 * as it arrived (the capacity of the two cores), and with a pause of 1 to 3 s between pages, as
 * people who look at what they asked for.
 */
final class Pages {
  static final int USERS = 20;
  static final Wrk.Pause READING = new Wrk.Pause(1_000, 3_000);
  private final Benchmark run;

  Pages(Benchmark run) {
    this.run = run;
  }

  void measure() throws Exception {
    List<String> educators = new ArrayList<>();
    List<String> coordinators = new ArrayList<>();
    for (int n = 1; n <= USERS; n++) {
      educators.add(
          cookies(
              run.campus.signInToPages(
                  "bench" + n + "@bench.example",
                  Campus.DEMO_PASSWORD,
                  Campus.newClientAddress())));
      coordinators.add(
          cookies(
              run.campus.signInToPages(
                  Campus.COORDINATOR, Campus.DEMO_PASSWORD, Campus.newClientAddress())));
    }
    String demoCohort =
        (String)
            run.db
                .rows(
                    "SELECT cohort_id FROM live_session WHERE cohort_id NOT IN (SELECT id FROM"
                        + " cohort WHERE name LIKE 'Bench %') GROUP BY cohort_id ORDER BY COUNT(*)"
                        + " DESC LIMIT 1")
                .get(0)
                .get("cohort_id");
    String base = run.instance.base().toString();
    measure(
        "page: educator home (index.xhtml), " + USERS + " signed-in educators",
        base + "index.xhtml",
        educators);
    measure(
        "page: cohort dashboard (facilitator/dashboard.xhtml), "
            + USERS
            + " signed-in coordinators",
        base + "facilitator/dashboard.xhtml?cohort=" + demoCohort,
        coordinators);
  }

  private void measure(String what, String url, List<String> people) throws Exception {
    Wrk.browse(url, Math.max(5, run.seconds / 2), people, run.target); // warm-up
    Wrk.Result noPause = Wrk.browse(url, run.seconds, people, run.target);
    add(what + ", the next page as soon as one arrived", noPause);
    // Fewer pages per second: twice as long, for enough samples.
    Wrk.Result reading = Wrk.browse(url, 2 * run.seconds, people, READING, run.target);
    add(what + ", 1–3 s between pages", reading);
  }

  private void add(String what, Wrk.Result result) {
    run.results.add(
        what, result.summary(), "", "p95 ≤ 150 ms", result.p95() <= 150 && result.errors() == 0);
  }

  private static String cookies(Map<String, String> cookies) {
    return "Cookie: "
        + cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "))
        + "\nAccept-Encoding: gzip";
  }
}
