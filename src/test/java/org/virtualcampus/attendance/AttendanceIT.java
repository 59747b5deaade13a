package org.virtualcampus.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.AttendanceFixture;
import org.virtualcampus.support.AttendanceFixture.Cohort;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Campus;

/**
 * Roll call with its history, self check-in with its window and late rule, excused absences, and
 * the one attendance rate, through the API with the test clock (issue 10).
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {
  @ArquillianResource URL deploymentUrl;
  Campus campus;
  AttendanceFixture fixture;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    fixture = new AttendanceFixture(campus);
  }

  private JsonPath rollCall(Session session) {
    return campus
        .as(Campus.FACILITATOR)
        .get("sessions/" + session.id() + "/roll-call")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void rollCallMarksEveryonePresentThenFixesTheFewAndKeepsWhoChangedWhat() {
    Cohort cohort = fixture.cohort("roll", 4);
    Session session = fixture.session(cohort, "Week 1", 1);
    String url = "sessions/" + session.id() + "/roll-call";

    campus.as(Campus.FACILITATOR).post(url + "/all-present").then().statusCode(409);
    fixture.moveTo(session, Duration.ofMinutes(-5));
    assertThat(rollCall(session).getList("entries")).hasSize(4);
    assertThat(rollCall(session).getList("entries.status")).containsOnlyNulls();
    campus.as(cohort.educators().get(0), Campus.PASSWORD).get(url).then().statusCode(403);

    campus
        .as(Campus.FACILITATOR)
        .post(url + "/all-present")
        .then()
        .statusCode(200)
        .body("recorded", equalTo(4));
    String late = fixture.memberId(cohort.educators().get(1));
    String absent = fixture.memberId(cohort.educators().get(2));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("status", "LATE", "note", "joined at 10:20"))
        .put(url + "/" + late)
        .then()
        .statusCode(200)
        .body("status", equalTo("LATE"))
        .body("note", equalTo("joined at 10:20"));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("status", "ABSENT"))
        .put(url + "/" + absent)
        .then()
        .statusCode(200);

    // Bad input changes nothing and says which field.
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("status", "MAYBE"))
        .put(url + "/" + late)
        .then()
        .statusCode(400);
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("status", "PRESENT"))
        .put(url + "/" + fixture.demoMemberId(Campus.EDUCATOR))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("memberId"));

    JsonPath history =
        campus
            .as(Campus.FACILITATOR)
            .get(url + "/" + late + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(history.getList("status")).containsExactly("LATE", "PRESENT");
    assertThat(history.getString("[0].previousStatus")).isEqualTo("PRESENT");
    assertThat(history.getString("[0].changedBy")).isNotBlank();
    assertThat(history.getString("[1].previousStatus")).isNull();

    // 2 present, 1 late at 0.8, 1 absent: 2.8 of 4 = 70%.
    fixture.moveTo(session, Duration.ofMinutes(100));
    campus
        .as(Campus.FACILITATOR)
        .get("attendance/cohorts/" + cohort.id())
        .then()
        .statusCode(200)
        .body("cohort.present", equalTo(2))
        .body("cohort.late", equalTo(1))
        .body("cohort.absent", equalTo(1))
        .body("cohort.percent", equalTo(70.0f))
        .body("sessions[0].percent", equalTo(70.0f))
        .body("members.size()", equalTo(4));
    campus
        .as(cohort.educators().get(1), Campus.PASSWORD)
        .get("attendance/mine")
        .then()
        .statusCode(200)
        .body("find { it.cohortId == '" + cohort.id() + "' }.rate.percent", equalTo(80.0f))
        .body("find { it.cohortId == '" + cohort.id() + "' }.sessions[0].status", equalTo("LATE"));
    campus
        .as(cohort.educators().get(1), Campus.PASSWORD)
        .get("attendance/cohorts/" + cohort.id())
        .then()
        .statusCode(403);
  }

  private io.restassured.response.Response checkIn(String email, String code) {
    return campus.as(email, Campus.PASSWORD).body(Map.of("code", code)).post("check-ins");
  }

  @Test
  void checkInOpensTenMinutesBeforeCountsLateAfterTheThresholdAndTakesOnlyLiveCodes() {
    Cohort cohort = fixture.cohort("checkin", 5);
    Session session = fixture.session(cohort, "Week 1", 1);
    Session next = fixture.session(cohort, "Week 2", 8);
    List<String> e = cohort.educators();
    String outsider = campus.newEducator("outsider");
    String codeUrl = "sessions/" + session.id() + "/check-in-code";
    JsonPath code =
        campus.as(Campus.FACILITATOR).get(codeUrl).then().statusCode(200).extract().jsonPath();
    String first = code.getString("code");
    assertThat(first).matches("[A-Z2-9]{6}");
    assertThat(code.getString("checkInUrl")).endsWith("/me/check-in.xhtml?code=" + first);
    assertThat(campus.as(Campus.FACILITATOR).get(codeUrl).jsonPath().getString("code"))
        .isEqualTo(first);
    campus.as(e.get(0), Campus.PASSWORD).get(codeUrl).then().statusCode(403);

    fixture.moveTo(session, Duration.ofMinutes(-20));
    checkIn(e.get(0), first).then().statusCode(409);

    fixture.moveTo(session, Duration.ofMinutes(-9));
    checkIn(e.get(0), first.toLowerCase())
        .then()
        .statusCode(201)
        .body("status", equalTo("PRESENT"));
    checkIn(e.get(0), first).then().statusCode(409);
    checkIn(e.get(1), "ZZZZZZ").then().statusCode(400).body("errors[0].field", equalTo("code"));
    checkIn(outsider, first).then().statusCode(403);
    checkIn(e.get(1), "").then().statusCode(400).body("errors[0].field", equalTo("code"));

    fixture.moveTo(session, Duration.ofMinutes(9));
    checkIn(e.get(1), first).then().statusCode(201).body("status", equalTo("PRESENT"));
    fixture.moveTo(session, Duration.ofMinutes(11));
    checkIn(e.get(2), first).then().statusCode(201).body("status", equalTo("LATE"));

    // A rotated code is dead; the next session's code is its own.
    String second =
        campus
            .as(Campus.FACILITATOR)
            .post(codeUrl + "/rotation")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("code");
    assertThat(second).isNotEqualTo(first);
    checkIn(e.get(3), first).then().statusCode(400);
    String nextCode =
        campus
            .as(Campus.FACILITATOR)
            .get("sessions/" + next.id() + "/check-in-code")
            .jsonPath()
            .getString("code");
    assertThat(nextCode).isNotIn(first, second);
    checkIn(e.get(3), nextCode).then().statusCode(409); // next week's window is not open
    checkIn(e.get(3), second).then().statusCode(201);

    fixture.moveTo(session, Duration.ofMinutes(91));
    checkIn(e.get(4), second).then().statusCode(409);

    JsonPath roll = rollCall(session);
    assertThat(roll.getInt("recorded")).isEqualTo(4);
    assertThat(roll.getList("entries.source")).containsOnly("CHECK_IN", null);
  }

  @Test
  void anApprovedExcuseMakesTheRecordExcusedAndTheRateLeavesItOut() {
    Cohort cohort = fixture.cohort("excuse", 3);
    Session session = fixture.session(cohort, "Week 1", 1);
    List<String> e = cohort.educators();
    String url = "sessions/" + session.id() + "/excuses";

    campus
        .as(e.get(0), Campus.PASSWORD)
        .body(Map.of("reason", " "))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    String id =
        campus
            .as(e.get(0), Campus.PASSWORD)
            .body(Map.of("reason", "Night shift on the ward"))
            .post(url)
            .then()
            .statusCode(201)
            .body("state", equalTo("PENDING"))
            .extract()
            .jsonPath()
            .getString("id");
    campus
        .as(campus.newEducator("stranger"), Campus.PASSWORD)
        .body(Map.of("reason", "Curious"))
        .post(url)
        .then()
        .statusCode(403);
    String refused =
        campus
            .as(e.get(1), Campus.PASSWORD)
            .body(Map.of("reason", "Conference"))
            .post(url)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    campus
        .as(e.get(0), Campus.PASSWORD)
        .body(Map.of("approve", true))
        .post("excuses/" + id + "/decision")
        .then()
        .statusCode(403);
    campus
        .as(Campus.FACILITATOR)
        .get(url)
        .then()
        .statusCode(200)
        .body("size()", equalTo(2))
        .body("reason", org.hamcrest.Matchers.hasItems("Night shift on the ward", "Conference"));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("approve", true))
        .post("excuses/" + id + "/decision")
        .then()
        .statusCode(200)
        .body("state", equalTo("APPROVED"));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("approve", false))
        .post("excuses/" + id + "/decision")
        .then()
        .statusCode(409);
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("approve", false))
        .post("excuses/" + refused + "/decision")
        .then()
        .statusCode(200)
        .body("state", equalTo("REFUSED"));

    fixture.moveTo(session, Duration.ofMinutes(1));
    campus
        .as(e.get(2), Campus.PASSWORD)
        .body(Map.of("reason", "Too late"))
        .post(url)
        .then()
        .statusCode(409);
    campus
        .as(Campus.FACILITATOR)
        .post("sessions/" + session.id() + "/roll-call/all-present")
        .then()
        .statusCode(200);
    JsonPath roll = rollCall(session);
    String excusedId = fixture.memberId(e.get(0));
    assertThat(roll.getString("entries.find { it.memberId == '" + excusedId + "' }.status"))
        .isEqualTo("EXCUSED");

    // The excused member is in neither side of the rate: 2 present of 2 counted.
    String course =
        campus
            .as(Campus.COORDINATOR)
            .get("cohorts/" + cohort.id())
            .jsonPath()
            .getString("courseId");
    Map<String, Object> policy =
        Map.of(
            "presentWeight", 1,
            "lateWeight", 0.5,
            "absentWeight", 0,
            "lateAfterMinutes", 5,
            "minimumMinutes", 45);
    campus
        .as(Campus.COORDINATOR)
        .body(policy)
        .put("courses/" + course + "/attendance-policy")
        .then()
        .statusCode(200)
        .body("lateAfterMinutes", equalTo(5));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("presentWeight", 1.5, "lateWeight", 0.5, "absentWeight", 0))
        .put("courses/" + course + "/attendance-policy")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("presentWeight"));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("approve", true))
        .put("courses/" + course + "/attendance-policy")
        .then()
        .statusCode(403);
    campus
        .as(Campus.FACILITATOR)
        .get("attendance/cohorts/" + cohort.id())
        .then()
        .statusCode(200)
        .body("cohort.excused", equalTo(1))
        .body("cohort.counted", equalTo(2))
        .body("cohort.percent", equalTo(100.0f))
        .body("members.find { it.id == '" + excusedId + "' }.percent", nullValue());
  }
}
