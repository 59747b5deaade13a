package org.virtualcampus.support;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    body.put("startsOn", LocalDate.now().plusWeeks(4).toString());
    body.put("endsOn", LocalDate.now().plusWeeks(9).toString());
    body.put("timeZone", "America/Chicago");
    body.put("admission", "OPEN_TO_COMMUNITY");
    body.put("seatPolicy", "IMMEDIATE");
    body.put("offerHold", "PT72H");
    return body;
  }

  /** Creates the cohort and opens it for requests. */
  public String open(Map<String, Object> plan) {
    String id =
        campus
            .as(Campus.COORDINATOR)
            .body(plan)
            .post("cohorts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
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

  /** Asks for a seat as {@code email} and returns the enrollment as JSON fields. */
  public Map<String, Object> request(String cohortId, String email) {
    return campus
        .as(email, "password123")
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
            .as(email, "password123")
            .queryParam("size", 200)
            .get("enrollments/mine")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream().filter(e -> cohortId.equals(e.get("cohortId"))).findFirst().orElseThrow();
  }
}
