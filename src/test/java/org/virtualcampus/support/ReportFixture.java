package org.virtualcampus.support;

import java.util.List;
import java.util.Map;
import org.virtualcampus.support.AttendanceFixture.Session;

/**
 * What the report tests do to a cohort through the API: roll calls, homework handed in, the
 * dashboard read back. Everything as the demo facilitator or the educator concerned.
 */
public final class ReportFixture {
  private final Campus campus;
  private final AttendanceFixture attendance;

  public ReportFixture(Campus campus, AttendanceFixture attendance) {
    this.campus = campus;
    this.attendance = attendance;
  }

  /** Everyone present, then the given members (by e-mail) marked otherwise. */
  public void rollCall(Session session, Map<String, String> statusByEmail) {
    String url = "sessions/" + session.id() + "/roll-call";
    campus.as(Campus.FACILITATOR).post(url + "/all-present").then().statusCode(200);
    statusByEmail.forEach(
        (email, status) ->
            campus
                .as(Campus.FACILITATOR)
                .body(Map.of("status", status))
                .put(url + "/" + attendance.memberId(email))
                .then()
                .statusCode(200));
  }

  /** A module open since two days ago with homework due on day 6 at 23:59; its id. */
  public String moduleWithHomework(String course, String title) {
    return moduleWithHomework(course, title, 6);
  }

  /** A module open since two days ago with homework due on {@code dueDay} at 23:59; its id. */
  public String moduleWithHomework(String course, String title, int dueDay) {
    HomeworkFixture material = new HomeworkFixture(campus);
    String module = material.openModule(course, title);
    material.homework(module, List.of("pdf"), false, 5, null, dueDay);
    return module;
  }

  /** Writes an answer and hands it in as the educator. */
  public void handIn(String educator, String cohort, String module) {
    String path = "cohorts/" + cohort + "/modules/" + module + "/homework";
    campus
        .as(educator, Campus.PASSWORD)
        .body(Map.of("text", "My reflection"))
        .put(path + "/draft")
        .then()
        .statusCode(200);
    campus.as(educator, Campus.PASSWORD).post(path + "/submissions").then().statusCode(200);
  }

  public io.restassured.path.json.JsonPath dashboard(String cohort) {
    return campus
        .as(Campus.FACILITATOR)
        .get("cohorts/" + cohort + "/dashboard")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
