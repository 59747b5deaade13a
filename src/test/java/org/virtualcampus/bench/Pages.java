package org.virtualcampus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.virtualcampus.support.Campus;

/**
 * Whole pages for 20 concurrent signed-in people (each a page session of their own, signed in
 * through the sign-in form, and a connection of their own on which they load the page again as soon
 * as it arrived, keeping the cookies it set): the educator's home and the coordinator's cohort
 * dashboard.
 */
final class Pages {
  static final int USERS = 20;
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
    Wrk.Result home = load(base + "index.xhtml", educators);
    run.results.add(
        "page: educator home (index.xhtml), " + USERS + " signed-in educators",
        home.summary(),
        "",
        "p95 ≤ 150 ms",
        home.p95() <= 150 && home.errors() == 0);
    Wrk.Result dashboard =
        load(base + "facilitator/dashboard.xhtml?cohort=" + demoCohort, coordinators);
    run.results.add(
        "page: cohort dashboard (facilitator/dashboard.xhtml), "
            + USERS
            + " signed-in coordinators",
        dashboard.summary(),
        "",
        "p95 ≤ 150 ms",
        dashboard.p95() <= 150 && dashboard.errors() == 0);
  }

  private static String cookies(Map<String, String> cookies) {
    return "Cookie: "
        + cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "))
        + "\nAccept-Encoding: gzip";
  }

  private Wrk.Result load(String url, List<String> headers) throws Exception {
    Wrk.browse(url, Math.max(5, run.seconds / 2), headers, run.target);
    return Wrk.browse(url, run.seconds, headers, run.target);
  }
}
