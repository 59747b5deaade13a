package org.virtualcampus.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/**
 * The SQL statements of each enrollment list and of the seat allocator do not grow with the rows:
 * the same request against a cohort with 10 people waiting and one with 300 runs the same number of
 * statements. The count comes from the app itself (header X-Campus-Statements, answered only with
 * the test setting campus.test-clock.enabled).
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {
  private static final String ASK = "X-Campus-Count-Statements";
  private static final String ANSWER = "X-Campus-Statements";

  /** Built once for both tests: it takes four hundred sign-ups. */
  private static Cohorts built;

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  /** A small and a large cohort, and two members with few and many places. */
  record Cohorts(
      String small,
      String large,
      List<String> smallSeated,
      List<String> largeSeated,
      String fewPlaces,
      String manyPlaces) {}

  @BeforeEach
  void connect() throws Exception {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
    if (built == null) {
      built = build();
    }
  }

  @Test
  void everyEnrollmentListRunsAsManyStatementsForTenRowsAsForThreeHundred() {
    for (String list :
        List.of(
            "cohorts/%s/waitlist?size=200",
            "cohorts/%s/enrollments?status=ENROLLED&size=200",
            "cohorts/%s/enrollments?status=ENROLLED,WAITLISTED&size=200",
            "cohorts/%s/waitlist/history?size=200",
            "cohorts/%s/figures",
            "cohorts/%s",
            "cohorts/%s/invitations?size=200")) {
      int small = statements(Campus.COORDINATOR, Campus.DEMO_PASSWORD, list.formatted(built.small));
      int large = statements(Campus.COORDINATOR, Campus.DEMO_PASSWORD, list.formatted(built.large));
      assertThat(large).as(list + ": 10 waiting read %d statements", small).isEqualTo(small);
    }
    assertThat(itemsOf(built.fewPlaces, "enrollments/mine?size=200")).isEqualTo(2);
    assertThat(itemsOf(built.manyPlaces, "enrollments/mine?size=200")).isEqualTo(22);
    assertThat(statements(built.manyPlaces, Campus.PASSWORD, "enrollments/mine?size=200"))
        .as("my places: 22 against 2")
        .isEqualTo(statements(built.fewPlaces, Campus.PASSWORD, "enrollments/mine?size=200"));
    for (String list : List.of("cohorts?size=%d", "cohorts/open?size=%d")) {
      assertThat(statements(Campus.COORDINATOR, Campus.DEMO_PASSWORD, list.formatted(50)))
          .as(list + ": 50 cohorts against 2")
          .isEqualTo(statements(Campus.COORDINATOR, Campus.DEMO_PASSWORD, list.formatted(2)));
    }
  }

  @Test
  void aFreedSeatIsGivenWithAsManyStatementsWhetherTenOrThreeHundredWait() {
    int small = withdraw(built.smallSeated.remove(0), built.small);
    int large = withdraw(built.largeSeated.remove(0), built.large);
    assertThat(large).as("withdrawing with 10 waiting read %d statements", small).isEqualTo(small);
    assertThat(cohorts.figures(built.large)).containsEntry("seatsTaken", 100);
  }

  /** Withdraws a seated member and returns the statements that took, seat given on included. */
  private int withdraw(String email, String cohort) {
    String place = (String) cohorts.mine(email, cohort).get("id");
    var response =
        campus
            .as(email, Campus.PASSWORD)
            .header(ASK, "yes")
            .post("enrollments/" + place + "/withdraw");
    response.then().statusCode(200);
    return counted("withdraw in " + cohort, response.header(ANSWER));
  }

  private int statements(String email, String password, String path) {
    var response = campus.as(email, password).header(ASK, "yes").get(path);
    response.then().statusCode(200);
    return counted(path, response.header(ANSWER));
  }

  /** The count the app answered; a list always reads something, so zero means nothing counted. */
  private static int counted(String what, String header) {
    int count = Integer.parseInt(header);
    System.out.println("SQL statements of " + what + ": " + count);
    assertThat(count).as("statements counted for " + what).isPositive();
    return count;
  }

  private int itemsOf(String email, String path) {
    return campus
        .as(email, Campus.PASSWORD)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items")
        .size();
  }

  private Cohorts build() throws Exception {
    String small = cohorts.open(5);
    String large = cohorts.open(100);
    List<String> people = inParallel(400, i -> campus.newEducator("count" + i));
    List<Map<String, Object>> places = inParallel(400, i -> cohorts.request(large, people.get(i)));
    List<String> largeSeated = new ArrayList<>();
    List<String> waiting = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      (places.get(i).get("status").equals("ENROLLED") ? largeSeated : waiting).add(people.get(i));
    }
    assertThat(largeSeated).hasSize(100);
    // Last in line first, so that a seat freed by the other test never reaches them.
    waiting.sort(
        java.util.Comparator.comparingInt(
                (String email) ->
                    ((Number) places.get(people.indexOf(email)).get("position")).intValue())
            .reversed());
    for (String email : waiting.subList(0, 15)) {
      cohorts.request(small, email); // the first five get the seats, ten wait
    }
    String few = waiting.get(0);
    String many = waiting.get(1);
    for (int i = 0; i < 20; i++) {
      cohorts.request(cohorts.open(3), many);
    }
    invite(small, 10);
    invite(large, 300);
    assertThat(cohorts.figures(small)).containsEntry("waiting", 10);
    assertThat(cohorts.figures(large)).containsEntry("waiting", 300);
    List<String> smallSeated = new ArrayList<>(waiting.subList(2, 5));
    awaitEmptyOutbox();
    return new Cohorts(small, large, smallSeated, largeSeated, few, many);
  }

  /**
   * Building the cohorts queued some 1,500 mails (welcomes, address checks, waitlist notices,
   * invitations); let the relay send them before going on, so that later tests do not wait for
   * their mail behind them.
   */
  private void awaitEmptyOutbox() throws InterruptedException {
    org.awaitility.Awaitility.await("the outbox drains")
        .atMost(java.time.Duration.ofMinutes(10))
        .pollInterval(java.time.Duration.ofSeconds(1))
        .until(
            () ->
                campus
                    .as(Campus.COORDINATOR)
                    .queryParam("status", "pending")
                    .queryParam("size", 1)
                    .get("notifications")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("total"),
            pending -> pending == 0);
  }

  private void invite(String cohort, int people) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < people; i++) {
      list.append(Campus.uniqueEmail("invited" + i)).append('\n');
    }
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("emails", list.toString()))
        .post("cohorts/" + cohort + "/invitations")
        .then()
        .statusCode(200);
  }

  private static <T> List<T> inParallel(int n, Function<Integer, T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> call.apply(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(300, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
