package org.virtualcampus.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;
import org.virtualcampus.support.HomeworkFixture;
import org.virtualcampus.support.SampleFiles;

/**
 * Who reaches a hand-in, its file and its review, for every endpoint and the page file URL: the
 * educator who handed it in, a classmate, the cohort's facilitator, another cohort's facilitator, a
 * coordinator and an anonymous caller. Nobody outside learns that it exists (404).
 */
@ExtendWith(ArquillianExtension.class)
class HomeworkAccessMatrixIT {
  static final String OTHER_FACILITATOR = "facilitator2@campus.example";

  @ArquillianResource URL deploymentUrl;

  @Test
  void everyEndpointAnswersEachPartyAsItShould() {
    Campus campus = new Campus(deploymentUrl);
    CohortFixture cohorts = new CohortFixture(campus);
    String course = cohorts.course();
    HomeworkFixture material = new HomeworkFixture(campus);
    String module = material.openModule(course, "Matrix");
    material.homework(module, List.of("pdf"), false, 20, material.rubric(course));
    String facilitatorId =
        campus.as(Campus.FACILITATOR).get("members/me").jsonPath().getString("id");
    Map<String, Object> plan = cohorts.plan(5);
    plan.put("facilitatorIds", List.of(facilitatorId));
    String cohort = cohorts.open(plan);
    Map<String, Object> otherPlan = cohorts.plan(5);
    otherPlan.put(
        "facilitatorIds",
        List.of(campus.as(OTHER_FACILITATOR).get("members/me").jsonPath().getString("id")));
    cohorts.open(otherPlan);
    String educator = campus.newEducator("owner");
    String classmate = campus.newEducator("classmate");
    cohorts.request(cohort, educator);
    cohorts.request(cohort, classmate);

    String path = "cohorts/" + cohort + "/modules/" + module + "/homework";
    String fileId =
        campus
            .as(educator, Campus.PASSWORD)
            .contentType("application/octet-stream")
            .queryParam("filename", "mine.pdf")
            .body(SampleFiles.PDF)
            .post(path + "/draft/files")
            .jsonPath()
            .getString("current.files[0].id");
    campus.as(educator, Campus.PASSWORD).post(path + "/submissions").then().statusCode(200);
    String submission =
        campus
            .as(Campus.FACILITATOR)
            .get("cohorts/" + cohort + "/reviews")
            .jsonPath()
            .getString("items[0].submissionId");

    Map<String, Function<Void, RequestSpecification>> parties = new LinkedHashMap<>();
    parties.put("educator", v -> campus.as(educator, Campus.PASSWORD));
    parties.put("classmate", v -> campus.as(classmate, Campus.PASSWORD));
    parties.put("facilitator", v -> campus.as(Campus.FACILITATOR));
    parties.put("other facilitator", v -> campus.as(OTHER_FACILITATOR));
    parties.put("coordinator", v -> campus.as(Campus.COORDINATOR));
    parties.put("anonymous", v -> campus.anonymous());

    Map<String, Object> review =
        Map.of(
            "decision",
            "REVISION_REQUESTED",
            "scores",
            List.of(Map.of("criterion", 0, "level", 1), Map.of("criterion", 1, "level", 1)));
    List<String> wrong = new ArrayList<>();
    // {educator, classmate, facilitator, other facilitator, coordinator, anonymous}
    check(
        wrong,
        parties,
        "GET homework (each their own)",
        r -> r.get(path),
        200,
        200,
        403,
        403,
        403,
        401);
    check(
        wrong,
        parties,
        "GET submission",
        r -> r.get("submissions/" + submission),
        404,
        404,
        200,
        404,
        200,
        401);
    check(wrong, parties, "GET file", r -> r.get("files/" + fileId), 200, 404, 200, 404, 200, 401);
    check(
        wrong,
        parties,
        "GET queue",
        r -> r.get("cohorts/" + cohort + "/reviews"),
        403,
        403,
        200,
        403,
        200,
        401);
    check(
        wrong,
        parties,
        "GET progress",
        r -> r.get("cohorts/" + cohort + "/progress"),
        403,
        403,
        200,
        403,
        200,
        401);
    check(
        wrong,
        parties,
        "PUT review",
        r -> r.body(review).put("submissions/" + submission + "/review"),
        403,
        403,
        200,
        404,
        200,
        401);
    check(
        wrong,
        parties,
        "PUT reviewer",
        r ->
            r.body(Map.of("reviewerId", facilitatorId))
                .put("submissions/" + submission + "/reviewer"),
        403,
        403,
        403,
        403,
        200,
        401);
    check(
        wrong,
        parties,
        "POST release",
        r -> r.post("submissions/" + submission + "/release"),
        403,
        403,
        200,
        404,
        409,
        401);
    check(
        wrong,
        parties,
        "POST release all",
        r -> r.post("cohorts/" + cohort + "/reviews/releases"),
        403,
        403,
        200,
        403,
        200,
        401);
    assertThat(wrong).isEmpty();

    // The page file URL follows the same rights with the page session; anonymous visitors sign in.
    assertThat(
            campus.pageStatus(campus.signInToPages(educator, Campus.PASSWORD), "files/" + fileId))
        .isEqualTo(200);
    assertThat(
            campus.pageStatus(campus.signInToPages(classmate, Campus.PASSWORD), "files/" + fileId))
        .isEqualTo(404);
    assertThat(
            campus.pageStatus(
                campus.signInToPages(Campus.FACILITATOR, Campus.DEMO_PASSWORD), "files/" + fileId))
        .isEqualTo(200);
    assertThat(
            campus.pageStatus(
                campus.signInToPages(OTHER_FACILITATOR, Campus.DEMO_PASSWORD), "files/" + fileId))
        .isEqualTo(404);
    assertThat(campus.pageStatus(Map.of(), "files/" + fileId)).isEqualTo(302);
  }

  private static void check(
      List<String> wrong,
      Map<String, Function<Void, RequestSpecification>> parties,
      String what,
      Function<RequestSpecification, io.restassured.response.Response> call,
      int... expected) {
    int i = 0;
    for (var party : parties.entrySet()) {
      int status = call.apply(party.getValue().apply(null)).statusCode();
      if (status != expected[i]) {
        wrong.add(what + " as " + party.getKey() + ": " + status + ", expected " + expected[i]);
      }
      i++;
    }
  }
}
