package org.virtualcampus.bench;

import java.util.List;

/** Fixed GETs at 64 connections with wrk, after a warm-up of the same load. */
final class Reads {
  private final Benchmark run;

  Reads(Benchmark run) {
    this.run = run;
  }

  void measure(String cohort) throws Exception {
    String base = run.instance.base().toString();
    List<String> json = Benchmark.oneHeaderSet("Accept: application/json");
    Wrk.Result catalogue = load(base + "api/v1/cohorts/open", json);
    run.results.add(
        "public catalogue GET /api/v1/cohorts/open",
        catalogue.summary(),
        "",
        "≥ 3,000 req/s",
        catalogue.perSecond() >= 3000 && catalogue.errors() == 0);
    Wrk.Result home = load(base + "api/v1/enrollments/mine", run.bearerHeaders(run.connections));
    run.results.add(
        "educator home data GET /api/v1/enrollments/mine (" + run.connections + " educators)",
        home.summary(),
        "",
        "",
        home.errors() == 0);
    Wrk.Result workspace =
        load(
            base + "api/v1/cohorts/" + cohort + "/enrollments",
            Benchmark.oneHeaderSet(
                "Authorization: Bearer " + run.coordinatorToken() + "\nAccept: application/json"));
    run.results.add(
        "coordinator workspace GET /api/v1/cohorts/{id}/enrollments (the rushed cohort, first page)",
        workspace.summary(),
        "",
        "",
        workspace.errors() == 0);
    // Last, so that the JIT compiler is as settled for the constant GET as for its bare twin.
    Wrk.Result constant = load(base + "api/v1/members/professions", json);
    Wrk.Result bare = load(base + "bare/api/v1/members/professions", json);
    run.results.add(
        "public constant GET /api/v1/members/professions",
        constant.summary(),
        "bare JAX-RS GET " + bare.summary(),
        "≥ ½ of the bare ceiling",
        constant.perSecond() >= bare.perSecond() / 2 && constant.errors() == 0);
  }

  private Wrk.Result load(String url, List<String> headers) throws Exception {
    Wrk.get(url, run.connections, Math.max(5, run.seconds / 2), headers, run.target);
    return Wrk.get(url, run.connections, run.seconds, headers, run.target);
  }
}
