package org.virtualcampus.support;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds courses and cohorts through the API as the demo coordinator, one fresh cohort per test.
 */
public final class CohortFixture {
  private final Campus campus;
  private String courseId;

  public CohortFixture(Campus campus) {
    this.campus = campus;
  }

  public String course() {
    if (courseId == null) {
      courseId =
          campus
              .as(Campus.COORDINATOR)
              .body(
                  Map.of(
                      "title", "Test course", "summary", "For tests", "weeks", 5, "weeklyHours", 6))
              .post("courses")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getString("id");
    }
    return courseId;
  }

  /** A cohort body with sensible defaults; callers override what the test is about. */
  public Map<String, Object> plan(int capacity) {
    Map<String, Object> body = new HashMap<>();
    body.put("courseId", course());
    body.put("name", "Cohort " + java.util.UUID.randomUUID().toString().substring(0, 6));
    body.put("capacity", capacity);
    // The application's date, which the test clock may have moved ahead of the real one.
    LocalDate today = LocalDate.ofInstant(campus.now(), java.time.ZoneOffset.UTC);
    body.put("startsOn", today.plusWeeks(4).toString());
    body.put("endsOn", today.plusWeeks(9).toString());
    body.put("timeZone", "America/Chicago");
    body.put("admission", "OPEN_TO_COMMUNITY");
    body.put("seatPolicy", "IMMEDIATE");
    body.put("offerHold", "PT72H");
    return body;
  }

  /** Creates the cohort as a DRAFT. */
  public String draft(Map<String, Object> plan) {
    return campus
        .as(Campus.COORDINATOR)
        .body(plan)
        .post("cohorts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  /** Creates the cohort and opens it for requests. */
  public String open(Map<String, Object> plan) {
    String id = draft(plan);
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("status", "OPEN"))
        .post("cohorts/" + id + "/status")
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"));
    return id;
  }

  public String open(int capacity) {
    return open(plan(capacity));
  }

  /** An open invitation-only cohort with {@code email} invited to it; returns the cohort id. */
  public String invitationOnlyWith(String email) {
    Map<String, Object> plan = plan(10);
    plan.put("admission", "INVITATION_ONLY");
    String cohort = open(plan);
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("emails", email))
        .post("cohorts/" + cohort + "/invitations")
        .then()
        .statusCode(200)
        .body("invited", equalTo(1));
    return cohort;
  }

  /** Asks for a seat as {@code email} and returns the enrollment as JSON fields. */
  public Map<String, Object> request(String cohortId, String email) {
    return campus
        .as(email, Campus.PASSWORD)
        .post("cohorts/" + cohortId + "/enrollments")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("$");
  }

  public Map<String, Object> figures(String cohortId) {
    return campus
        .as(Campus.COORDINATOR)
        .get("cohorts/" + cohortId + "/figures")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("$");
  }

  public List<Map<String, Object>> waitlist(String cohortId) {
    return campus
        .as(Campus.COORDINATOR)
        .queryParam("size", 200)
        .get("cohorts/" + cohortId + "/waitlist")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  public List<Map<String, Object>> roster(String cohortId, String statuses) {
    return campus
        .as(Campus.COORDINATOR)
        .queryParam("size", 200)
        .queryParam("status", statuses)
        .get("cohorts/" + cohortId + "/enrollments")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** The whole waitlist history, newest first, page by page. */
  public List<Map<String, Object>> history(String cohortId) {
    List<Map<String, Object>> all = new java.util.ArrayList<>();
    for (int page = 0; ; page++) {
      var json =
          campus
              .as(Campus.COORDINATOR)
              .queryParam("size", 200)
              .queryParam("page", page)
              .get("cohorts/" + cohortId + "/waitlist/history")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      all.addAll(json.getList("items"));
      if (page + 1 >= json.getInt("totalPages")) {
        return all;
      }
    }
  }

  /** The caller's place in the cohort. */
  public Map<String, Object> mine(String email, String cohortId) {
    List<Map<String, Object>> items =
        campus
            .as(email, Campus.PASSWORD)
            .queryParam("size", 200)
            .get("enrollments/mine")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream().filter(e -> cohortId.equals(e.get("cohortId"))).findFirst().orElseThrow();
  }

  /**
   * Lets every offer in the cohort run out: moves the clock of each instance past the deadlines,
   * waits for the sweepers to expire them and offer the freed seats on, and repeats until nobody
   * waits or holds an offer. Checks on the way that no more than {@code capacity} seats are ever
   * taken, and returns the final figures.
   */
  public Map<String, Object> letOffersRunOut(
      String cohortId, int capacity, java.time.Duration hold, List<Campus> instances)
      throws InterruptedException {
    long until = System.currentTimeMillis() + 120_000;
    Map<String, Object> figures = figures(cohortId);
    while (System.currentTimeMillis() < until
        && (((Number) figures.get("waiting")).intValue() > 0
            || ((Number) figures.get("offered")).intValue() > 0)) {
      org.assertj.core.api.Assertions.assertThat(((Number) figures.get("seatsTaken")).intValue())
          .isLessThanOrEqualTo(capacity);
      int offered = ((Number) figures.get("offered")).intValue();
      if (offered > 0) {
        for (Campus instance : instances) {
          instance.advanceClock(hold.plusMinutes(1));
        }
      }
      // The sweepers run every second on each instance: wait for this round to be handled
      // (the loop checks the figures again either way).
      Map<String, Object> before = figures;
      figures =
          settle(
              () -> figures(cohortId),
              now ->
                  !now.get("offered").equals(before.get("offered"))
                      || !now.get("waiting").equals(before.get("waiting")),
              Duration.ofSeconds(10));
    }
    // The figures are several reads; one can fall between the last expiry's commit and the
    // next read. Return them once two reads in a row agree.
    AtomicReference<Map<String, Object>> previous = new AtomicReference<>(figures);
    return settle(
        () -> figures(cohortId), now -> now.equals(previous.getAndSet(now)), Duration.ofSeconds(5));
  }

  /**
   * The last value read once it meets the condition, or when the time is up (then the caller
   * checks).
   */
  private static <T> T settle(
      java.util.concurrent.Callable<T> read,
      java.util.function.Predicate<T> done,
      Duration within) {
    AtomicReference<T> last = new AtomicReference<>();
    try {
      org.awaitility.Awaitility.await()
          .atMost(within)
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                T value = read.call();
                last.set(value);
                return done.test(value);
              });
    } catch (org.awaitility.core.ConditionTimeoutException timeUp) {
      // the caller's own assertions say what went wrong
    }
    return last.get();
  }
}
