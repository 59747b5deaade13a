package org.virtualcampus.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Fixed GETs at 64 connections with wrk, after a warm-up of the same load. */
final class Reads {
  private static final int ROUNDS = 3;
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
    constantAgainstBare(base, json);
  }

  /**
   * The constant GET and its bare twin in alternating rounds, so that a slower stretch of the
   * shared machine (figures here move by a third between runs) weighs on both alike; the round with
   * the median ratio is shown and decides.
   */
  private void constantAgainstBare(String base, List<String> json) throws Exception {
    String constantUrl = base + "api/v1/members/professions";
    String bareUrl = base + "bare/api/v1/members/professions";
    int warmUp = Math.max(5, run.seconds / 2);
    Wrk.get(constantUrl, run.connections, warmUp, json, run.target);
    Wrk.get(bareUrl, run.connections, warmUp, json, run.target);
    int each = Math.max(3, run.seconds / ROUNDS);
    List<Wrk.Result> constants = new ArrayList<>();
    List<Wrk.Result> bares = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      constants.add(Wrk.get(constantUrl, run.connections, each, json, run.target));
      bares.add(Wrk.get(bareUrl, run.connections, each, json, run.target));
    }
    List<Integer> byRatio = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      byRatio.add(round);
    }
    byRatio.sort(
        Comparator.comparingDouble(r -> constants.get(r).perSecond() / bares.get(r).perSecond()));
    int median = byRatio.get(ROUNDS / 2);
    String ratios =
        byRatio.stream()
            .map(
                r ->
                    Math.round(100 * constants.get(r).perSecond() / bares.get(r).perSecond())
                        + " %")
            .collect(Collectors.joining(", "));
    boolean clean =
        constants.stream().allMatch(r -> r.errors() == 0)
            && bares.stream().allMatch(r -> r.errors() == 0);
    Wrk.Result constant = constants.get(median);
    Wrk.Result bare = bares.get(median);
    run.results.add(
        "public constant GET /api/v1/members/professions",
        constant.summary()
            + " (median of "
            + ROUNDS
            + " alternating rounds of "
            + each
            + " s; ratios to the bare GET "
            + ratios
            + ")",
        "bare JAX-RS GET " + bare.summary(),
        "≥ ½ of the bare ceiling",
        constant.perSecond() >= bare.perSecond() / 2 && clean);
  }

  private Wrk.Result load(String url, List<String> headers) throws Exception {
    Wrk.get(url, run.connections, Math.max(5, run.seconds / 2), headers, run.target);
    return Wrk.get(url, run.connections, run.seconds, headers, run.target);
  }
}
