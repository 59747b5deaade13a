package org.virtualcampus.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.AttendanceFixture;
import org.virtualcampus.support.AttendanceFixture.Cohort;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/**
 * Who reaches each attendance endpoint: a seated educator, an educator of another cohort, the
 * cohort's facilitator, another cohort's facilitator, a coordinator and an anonymous caller. Taking
 * attendance is for the cohort's staff only (403 for everyone else, also on the page); attending
 * (check-in, excuses, one's own rate) for the cohort's participants.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceAccessMatrixIT {
  static final String OTHER_FACILITATOR = "facilitator2@campus.example";

  @ArquillianResource URL deploymentUrl;

  @Test
  void everyEndpointAnswersEachPartyAsItShould() throws IOException {
    Campus campus = new Campus(deploymentUrl);
    AttendanceFixture fixture = new AttendanceFixture(campus);
    CohortFixture cohorts = new CohortFixture(campus);
    Cohort cohort = fixture.cohort("matrix", 3);
    Session session = fixture.session(cohort, "Matrix", 1, 60);
    String educator = cohort.educators().get(0);
    String classmate = cohort.educators().get(1);
    String educatorId = fixture.memberId(educator);
    Map<String, Object> otherPlan = cohorts.plan(5);
    otherPlan.put("facilitatorIds", List.of(fixture.demoMemberId(OTHER_FACILITATOR)));
    String otherCohort = cohorts.open(otherPlan);
    String outsider = campus.newEducator("outsider");
    cohorts.request(otherCohort, outsider);
    String course = cohorts.course();

    Map<String, Supplier<RequestSpecification>> parties = new LinkedHashMap<>();
    parties.put("educator", () -> campus.as(educator, Campus.PASSWORD));
    parties.put("other cohort's educator", () -> campus.as(outsider, Campus.PASSWORD));
    parties.put("facilitator", () -> campus.as(Campus.FACILITATOR));
    parties.put("other facilitator", () -> campus.as(OTHER_FACILITATOR));
    parties.put("coordinator", () -> campus.as(Campus.COORDINATOR));
    parties.put("anonymous", campus::anonymous);
    List<String> wrong = new ArrayList<>();
    String s = "sessions/" + session.id();

    // Statuses in party order: educator, other cohort's educator, facilitator, other facilitator,
    // coordinator, anonymous.
    // Before the session: asking to be excused is for its cohort's participants.
    check(
        wrong,
        parties,
        "POST excuse",
        r -> r.body(Map.of("reason", "Clinic shift")).post(s + "/excuses"),
        "201 403 403 403 403 401");
    String excuse =
        campus
            .as(Campus.FACILITATOR)
            .get(s + "/excuses")
            .jsonPath()
            .getString("find { it.memberId == '" + educatorId + "' }.id");
    String classmateExcuse =
        campus
            .as(classmate, Campus.PASSWORD)
            .body(Map.of("reason", "Exam"))
            .post(s + "/excuses")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    fixture.moveTo(session, Duration.ofMinutes(5));

    check(wrong, parties, "GET excuses", r -> r.get(s + "/excuses"), "403 403 200 403 200 401");
    // {educator, other educator, other facilitator, anonymous} first, then the staff, each on its
    // own request: a decided request stays decided.
    Map<String, Integer> decide = new LinkedHashMap<>();
    decide.put("educator", 403);
    decide.put("other cohort's educator", 403);
    decide.put("other facilitator", 403);
    decide.put("anonymous", 401);
    decide.put("facilitator", 200);
    checkEach(
        wrong,
        parties,
        "POST decision",
        r -> r.body(Map.of("approve", true)).post("excuses/" + excuse + "/decision"),
        decide);
    checkEach(
        wrong,
        parties,
        "POST decision (coordinator)",
        r -> r.body(Map.of("approve", false)).post("excuses/" + classmateExcuse + "/decision"),
        Map.of("coordinator", 200));

    check(
        wrong,
        parties,
        "GET check-in code",
        r -> r.get(s + "/check-in-code"),
        "403 403 200 403 200 401");
    check(
        wrong,
        parties,
        "POST code rotation",
        r -> r.post(s + "/check-in-code/rotation"),
        "403 403 200 403 200 401");
    String code =
        campus.as(Campus.FACILITATOR).get(s + "/check-in-code").jsonPath().getString("code");
    // The classmate checks in; the educator is excused already (409); staff attend nothing.
    check(
        wrong,
        parties,
        "POST check-in",
        r -> r.body(Map.of("code", code)).post("check-ins"),
        "409 403 403 403 403 401");
    campus
        .as(classmate, Campus.PASSWORD)
        .body(Map.of("code", code))
        .post("check-ins")
        .then()
        .statusCode(201);

    check(wrong, parties, "GET roll call", r -> r.get(s + "/roll-call"), "403 403 200 403 200 401");
    check(
        wrong,
        parties,
        "POST all present",
        r -> r.post(s + "/roll-call/all-present"),
        "403 403 200 403 200 401");
    check(
        wrong,
        parties,
        "PUT mark",
        r -> r.body(Map.of("status", "LATE", "note", "matrix")).put(s + "/roll-call/" + educatorId),
        "403 403 200 403 200 401");
    check(
        wrong,
        parties,
        "GET history",
        r -> r.get(s + "/roll-call/" + educatorId + "/history"),
        "403 403 200 403 200 401");

    byte[] report =
        AttendanceImportIT.sample(
            "zoom-participants.csv", cohort.startsOn().plusDays(1), cohort.educators());
    Function<RequestSpecification, Response> upload =
        r ->
            r.contentType("text/csv")
                .queryParam("fileName", "zoom.csv")
                .body(report)
                .post(s + "/attendance-imports");
    check(wrong, parties, "POST import", upload, "403 403 201 403 201 401");
    String first = upload.apply(campus.as(Campus.FACILITATOR)).jsonPath().getString("importId");
    String second = upload.apply(campus.as(Campus.COORDINATOR)).jsonPath().getString("importId");
    check(
        wrong,
        parties,
        "POST import preview",
        r -> r.body(Map.of()).post("attendance-imports/" + first + "/preview"),
        "403 403 200 403 200 401");
    Map<String, Integer> apply = new LinkedHashMap<>();
    apply.put("educator", 403);
    apply.put("other cohort's educator", 403);
    apply.put("other facilitator", 403);
    apply.put("anonymous", 401);
    apply.put("facilitator", 200);
    checkEach(
        wrong,
        parties,
        "POST import application",
        r -> r.body(Map.of()).post("attendance-imports/" + first + "/application"),
        apply);
    checkEach(
        wrong,
        parties,
        "POST import application (coordinator)",
        r -> r.body(Map.of()).post("attendance-imports/" + second + "/application"),
        Map.of("coordinator", 200));

    check(wrong, parties, "GET mine", r -> r.get("attendance/mine"), "200 200 200 200 200 401");
    check(
        wrong,
        parties,
        "GET cohort attendance",
        r -> r.get("attendance/cohorts/" + cohort.id()),
        "403 403 200 403 200 401");
    String policy = "courses/" + course + "/attendance-policy";
    check(wrong, parties, "GET policy", r -> r.get(policy), "403 403 403 403 200 401");
    Map<String, Object> rules = campus.as(Campus.COORDINATOR).get(policy).jsonPath().getMap("");
    check(wrong, parties, "PUT policy", r -> r.body(rules).put(policy), "403 403 403 403 200 401");
    assertThat(wrong).isEmpty();

    // The page: another cohort's facilitator is told no, and sees no roll call.
    String page = "facilitator/attendance.xhtml?session=" + session.id();
    String foreign = pageText(campus, OTHER_FACILITATOR, page);
    assertThat(foreign).doesNotContain("Roll call", "Mark all present", code);
    assertThat(foreign).contains("Your roles do not allow you to do this.");
    String own = pageText(campus, Campus.FACILITATOR, page);
    assertThat(own).contains("Roll call", "Mark all present");
    assertThat(own).contains(code);
  }

  private static String pageText(Campus campus, String email, String page) {
    Map<String, String> cookies = campus.signInToPages(email, Campus.DEMO_PASSWORD);
    Response shown =
        RestAssured.given().cookies(cookies).get(campus.app().resolve(page)).andReturn();
    assertThat(shown.statusCode()).as(page + " as " + email).isEqualTo(200);
    return shown.asString();
  }

  private static void check(
      List<String> wrong,
      Map<String, Supplier<RequestSpecification>> parties,
      String what,
      Function<RequestSpecification, Response> call,
      String expected) {
    String[] statuses = expected.split(" ");
    int i = 0;
    for (var party : parties.entrySet()) {
      int status = call.apply(party.getValue().get()).statusCode();
      if (status != Integer.parseInt(statuses[i])) {
        wrong.add(what + " as " + party.getKey() + ": " + status + ", expected " + statuses[i]);
      }
      i++;
    }
  }

  private static void checkEach(
      List<String> wrong,
      Map<String, Supplier<RequestSpecification>> parties,
      String what,
      Function<RequestSpecification, Response> call,
      Map<String, Integer> expected) {
    expected.forEach(
        (party, status) -> {
          int got = call.apply(parties.get(party).get()).statusCode();
          if (got != status) {
            wrong.add(what + " as " + party + ": " + got + ", expected " + status);
          }
        });
  }
}
