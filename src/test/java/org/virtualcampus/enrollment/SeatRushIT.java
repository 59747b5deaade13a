package org.virtualcampus.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;
import org.virtualcampus.support.Concurrently;

/**
 * Concurrency over HTTP against the running app: the database must keep every seat and waitlist
 * invariant while many requests, withdrawals and expiries race.
 */
@ExtendWith(ArquillianExtension.class)
class SeatRushIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  private List<String> educators(int n, String prefix) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> made = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        made.add(
            pool.submit(() -> campus.newEducator(prefix + k, k % 3 == 0 ? "PHYSICIAN" : "NURSE")));
      }
      List<String> emails = new ArrayList<>();
      for (Future<String> f : made) {
        emails.add(f.get(60, TimeUnit.SECONDS));
      }
      return emails;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Each address asks for a seat in the cohort, all at the same time. */
  private List<Response> askAtOnce(String cohort, List<String> emails) throws Exception {
    return Concurrently.all(
        emails.stream()
            .<Callable<Response>>map(
                email ->
                    () ->
                        campus
                            .as(email, Campus.PASSWORD)
                            .post("cohorts/" + cohort + "/enrollments"))
            .toList());
  }

  @Test
  void twoHundredConcurrentRequestsFillFortySeatsAndQueueTheRestInOrder() throws Exception {
    String cohort = cohorts.open(40);
    List<String> emails = educators(200, "rush");

    List<Response> responses = askAtOnce(cohort, emails);

    assertThat(responses).extracting(Response::statusCode).containsOnly(201);
    long enrolled =
        responses.stream().filter(r -> "ENROLLED".equals(r.jsonPath().getString("status"))).count();
    assertThat(enrolled).isEqualTo(40);
    assertThat(
            responses.stream()
                .filter(r -> "WAITLISTED".equals(r.jsonPath().getString("status")))
                .map(r -> r.jsonPath().getInt("position")))
        .as("each answer names the position its request joined at")
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 160).boxed().toList());

    Map<String, Object> figures = cohorts.figures(cohort);
    assertThat(figures)
        .containsEntry("seatsTaken", 40)
        .containsEntry("enrolled", 40)
        .containsEntry("offered", 0)
        .containsEntry("waiting", 160);

    List<Map<String, Object>> line = cohorts.waitlist(cohort);
    assertThat(line).hasSize(160);
    assertThat(line)
        .extracting(e -> e.get("position"))
        .as("positions 1..n without gaps")
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 160).boxed().toList());
    List<OffsetDateTime> requested =
        line.stream().map(e -> OffsetDateTime.parse((String) e.get("requestedAt"))).toList();
    List<OffsetDateTime> sorted = new ArrayList<>(requested);
    Collections.sort(sorted);
    assertThat(requested).as("first come, first served").isEqualTo(sorted);

    List<Map<String, Object>> seated = cohorts.roster(cohort, "ENROLLED,OFFERED");
    HashSet<Object> members = new HashSet<>();
    seated.forEach(e -> members.add(e.get("memberId")));
    line.forEach(e -> members.add(e.get("memberId")));
    assertThat(members).as("one place per member").hasSize(200);
    OffsetDateTime lastSeated =
        seated.stream()
            .map(e -> OffsetDateTime.parse((String) e.get("requestedAt")))
            .max(OffsetDateTime::compareTo)
            .orElseThrow();
    assertThat(sorted.get(0))
        .as("nobody waiting asked before the last person seated")
        .isAfterOrEqualTo(lastSeated);

    // The same members asking again, all at once: every one refused, nothing changes.
    List<Response> again = askAtOnce(cohort, emails.subList(0, 50));
    assertThat(again).extracting(Response::statusCode).containsOnly(409);
    assertThat(cohorts.figures(cohort))
        .containsEntry("seatsTaken", 40)
        .containsEntry("waiting", 160);
  }

  @Test
  void aMemberAskingTwiceAtOnceGetsOnePlace() throws Exception {
    String cohort = cohorts.open(5);
    List<String> emails = educators(20, "twice");

    List<Response> responses =
        askAtOnce(
            cohort,
            emails.stream().flatMap(email -> java.util.stream.Stream.of(email, email)).toList());

    assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(20);
    assertThat(responses.stream().filter(r -> r.statusCode() == 409)).hasSize(20);
    assertThat(cohorts.figures(cohort)).containsEntry("seatsTaken", 5).containsEntry("waiting", 15);
    assertThat(cohorts.waitlist(cohort))
        .extracting(e -> e.get("position"))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 15).boxed().toList());
  }

  @Test
  void concurrentWithdrawalsAndExpiriesKeepTheWaitlistMovingInOrder() throws Exception {
    Map<String, Object> plan = cohorts.plan(10);
    plan.put("seatPolicy", "OFFER");
    plan.put("offerHold", "PT1H"); // no offer runs out until the test moves the clock
    String cohort = cohorts.open(plan);
    List<String> emails = educators(30, "churn");
    for (String email : emails) { // in order, so the queue order is known
      cohorts.request(cohort, email);
    }
    List<Map<String, Object>> offered = cohorts.roster(cohort, "OFFERED");
    assertThat(offered).hasSize(10);

    // Three accept, four withdraw, at the same moment; the rest let their offers run out.
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String email = emails.get(i);
      String id = (String) cohorts.mine(email, cohort).get("id");
      String action = i < 3 ? "accept" : "withdraw";
      calls.add(
          () ->
              campus
                  .as(email, Campus.PASSWORD)
                  .post("enrollments/" + id + "/" + action)
                  .statusCode());
    }
    assertThat(Concurrently.all(calls)).containsOnly(200);

    Map<String, Object> figures =
        cohorts.letOffersRunOut(cohort, 10, Duration.ofHours(1), List.of(campus));
    assertThat(figures)
        .containsEntry("waiting", 0)
        .containsEntry("offered", 0)
        .containsEntry("enrolled", 3)
        .containsEntry("seatsTaken", 3);

    for (int i = 0; i < emails.size(); i++) {
      Object status = cohorts.mine(emails.get(i), cohort).get("status");
      assertThat(status)
          .as(emails.get(i))
          .isEqualTo(i < 3 ? "ENROLLED" : i < 7 ? "WITHDRAWN" : "EXPIRED");
    }
    // Everyone who waited was offered a seat, in the order they asked.
    List<Map<String, Object>> promotions =
        new ArrayList<>(
            cohorts.history(cohort).stream()
                .filter(e -> "PROMOTED".equals(e.get("kind")))
                .toList());
    Collections.reverse(promotions); // history is newest first
    assertThat(promotions)
        .extracting(e -> e.get("memberName"))
        .containsExactlyElementsOf(
            emails.subList(10, 30).stream()
                .map(e -> e.substring(0, e.indexOf('-')) + " Tester")
                .toList());
  }
}
