package org.virtualcampus.peerfeedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
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
import org.virtualcampus.support.HomeworkFixture;

/**
 * Who reaches each practice endpoint: a seated educator, an educator of another cohort, the
 * cohort's facilitator, another cohort's facilitator, a coordinator and an anonymous caller.
 * Running the practice (plan, board, groups, moves, late arrivals, rounds, coaching) is for the
 * cohort's staff; one's own view and form for its participants; the portfolio for anyone signed in;
 * feedback models are read by facilitators and written by coordinators, scenario variants by
 * coordinators; the figures for the cohort's staff.
 */
@ExtendWith(ArquillianExtension.class)
class PracticeAccessMatrixIT {
  static final String OTHER_FACILITATOR = "facilitator2@campus.example";

  @ArquillianResource URL deploymentUrl;

  @Test
  void everyPracticeEndpointAnswersEachPartyAsItShould() {
    Campus campus = new Campus(deploymentUrl);
    AttendanceFixture fixture = new AttendanceFixture(campus);
    CohortFixture cohorts = new CohortFixture(campus);
    Cohort cohort = fixture.cohort("pmatrix", 4);
    Session session = fixture.session(cohort, "PEER_FEEDBACK", "Practice matrix", 1, 90);
    String educator = cohort.educators().get(0);
    String late = fixture.memberId(cohort.educators().get(3));
    Map<String, Object> otherPlan = cohorts.plan(5);
    otherPlan.put("facilitatorIds", List.of(fixture.demoMemberId(OTHER_FACILITATOR)));
    String otherCohort = cohorts.open(otherPlan);
    String outsider = campus.newEducator("poutsider");
    cohorts.request(otherCohort, outsider);
    String course = fixture.course();

    String s = "sessions/" + session.id();
    String p = s + "/practice";
    fixture.moveTo(session, Duration.ofMinutes(-5));
    campus.as(Campus.FACILITATOR).post(s + "/roll-call/all-present").then().statusCode(200);
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("status", "ABSENT"))
        .put(s + "/roll-call/" + late)
        .then()
        .statusCode(200);

    Map<String, Supplier<RequestSpecification>> parties = new LinkedHashMap<>();
    parties.put("educator", () -> campus.as(educator, Campus.PASSWORD));
    parties.put("other cohort's educator", () -> campus.as(outsider, Campus.PASSWORD));
    parties.put("facilitator", () -> campus.as(Campus.FACILITATOR));
    parties.put("other facilitator", () -> campus.as(OTHER_FACILITATOR));
    parties.put("coordinator", () -> campus.as(Campus.COORDINATOR));
    parties.put("anonymous", campus::anonymous);
    List<String> wrong = new ArrayList<>();

    // Statuses in party order: educator, other cohort's educator, facilitator, other facilitator,
    // coordinator, anonymous.
    String plan = p + "/plan";
    check(wrong, parties, "GET plan", r -> r.get(plan), "403 403 200 403 200 401");
    check(wrong, parties, "POST plan", r -> r.post(plan), "403 403 200 403 200 401");
    String planned =
        campus
            .as(Campus.FACILITATOR)
            .get(plan)
            .jsonPath()
            .getString("groups[0].members[0].memberId");
    check(
        wrong,
        parties,
        "POST plan moves",
        r -> r.body(Map.of("memberId", planned, "group", 1)).post(plan + "/moves"),
        "403 403 200 403 200 401");
    check(
        wrong,
        parties,
        "POST groups",
        r -> r.body(Map.of("conversationMinutes", 8, "feedbackMinutes", 7)).post(p + "/groups"),
        "403 403 200 403 200 401");
    check(wrong, parties, "GET board", r -> r.get(p), "403 403 200 403 200 401");
    String grouped =
        campus.as(Campus.FACILITATOR).get(p).jsonPath().getString("groups[0].members[0].memberId");
    check(
        wrong,
        parties,
        "POST moves",
        r -> r.body(Map.of("memberId", grouped, "group", 1)).post(p + "/moves"),
        "403 403 200 403 200 401");
    // Two starts: round 1 by the facilitator, round 2 by the coordinator.
    check(wrong, parties, "POST rounds", r -> r.post(p + "/rounds"), "403 403 200 403 200 401");
    int round = campus.as(Campus.FACILITATOR).get(p).jsonPath().getInt("round");
    assertThat(round).isEqualTo(2);

    // A late arrival is placed once: the others first, then the facilitator; the coordinator
    // gets past the gate to be told the member is grouped already.
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("status", "PRESENT"))
        .put(s + "/roll-call/" + late)
        .then()
        .statusCode(200);
    Map<String, Integer> place = new LinkedHashMap<>();
    place.put("educator", 403);
    place.put("other cohort's educator", 403);
    place.put("other facilitator", 403);
    place.put("anonymous", 401);
    place.put("facilitator", 200);
    place.put("coordinator", 409);
    checkEach(
        wrong,
        parties,
        "POST late-arrivals",
        r -> r.body(Map.of("memberId", late)).post(p + "/late-arrivals"),
        place);

    String giver =
        campus
            .as(Campus.FACILITATOR)
            .get(p)
            .jsonPath()
            .getString("groups[0].members.find { it.role == 'GIVER' }.memberId");
    check(
        wrong,
        parties,
        "PUT coaching",
        r ->
            r.body(Map.of("text", "Good opening question"))
                .put(p + "/rounds/" + round + "/coaching/" + giver),
        "403 403 200 403 200 401");
    check(wrong, parties, "GET mine", r -> r.get(p + "/mine"), "200 403 200 403 200 401");
    // Staff take part in the cohort but sit in no group: their form is refused too.
    check(
        wrong,
        parties,
        "PUT form",
        r -> r.body(Map.of()).put(p + "/rounds/" + round + "/form"),
        "200 403 403 403 403 401");
    check(wrong, parties, "GET portfolio", r -> r.get("portfolio"), "200 200 200 200 200 401");
    check(
        wrong,
        parties,
        "GET portfolio pdf",
        r -> r.get("portfolio/pdf"),
        "200 200 200 200 200 401");
    check(
        wrong,
        parties,
        "GET feedback-models",
        r -> r.get("feedback-models"),
        "403 403 200 200 200 401");
    String modelUrl = "courses/" + course + "/feedback-model";
    check(
        wrong,
        parties,
        "GET course feedback model",
        r -> r.get(modelUrl),
        "403 403 200 200 200 401");
    String modelId = campus.as(Campus.COORDINATOR).get(modelUrl).jsonPath().getString("id");
    check(
        wrong,
        parties,
        "PUT course feedback model",
        r -> r.body(Map.of("modelId", modelId)).put(modelUrl),
        "403 403 403 403 200 401");
    check(
        wrong,
        parties,
        "POST feedback-models",
        r ->
            r.body(
                    Map.of(
                        "name",
                        "Matrix model " + System.nanoTime(),
                        "elements",
                        List.of(Map.of("title", "Listen"))))
                .post("feedback-models"),
        "403 403 403 403 201 401");
    check(
        wrong,
        parties,
        "GET practice figures",
        r -> r.get("cohorts/" + cohort.id() + "/practice-figures"),
        "403 403 200 403 200 401");
    String variants = "items/" + rolePlay(campus, course) + "/variants";
    check(wrong, parties, "GET variants", r -> r.get(variants), "403 403 403 403 200 401");
    check(
        wrong,
        parties,
        "PUT variants",
        r -> r.body(Map.of("variants", List.of())).put(variants),
        "403 403 403 403 200 401");
    assertThat(wrong).isEmpty();

    // The page: another cohort's facilitator is told no and sees no board.
    String page = "facilitator/practice.xhtml?session=" + session.id();
    String foreign = pageText(campus, OTHER_FACILITATOR, page);
    assertThat(foreign).doesNotContain("Form groups", "Start round");
    assertThat(foreign).contains("Your roles do not allow you to do this.");
    assertThat(pageText(campus, Campus.FACILITATOR, page)).contains("Group 1", "Coach comment");
    String figures = "facilitator/practice-figures.xhtml?cohort=" + cohort.id();
    String foreignFigures = pageText(campus, OTHER_FACILITATOR, figures);
    assertThat(foreignFigures).doesNotContain("Rounds held");
    assertThat(foreignFigures).contains("Your roles do not allow you to do this.");
    assertThat(pageText(campus, Campus.FACILITATOR, figures)).contains("Rounds held");
    assertThat(pageText(campus, Campus.COORDINATOR, "coordinator/feedback-models.xhtml"))
        .contains("Ask-Tell-Ask", "New model");
  }

  private static String rolePlay(Campus campus, String course) {
    String module = new HomeworkFixture(campus).openModule(course, "Matrix scenarios");
    return campus
        .as(Campus.COORDINATOR)
        .body(
            Map.of(
                "kind", "ROLE_PLAY", "title", "Matrix role play", "minutes", 10, "body", "A ward."))
        .post("modules/" + module + "/items")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("items[0].id");
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
