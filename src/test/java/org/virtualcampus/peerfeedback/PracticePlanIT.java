package org.virtualcampus.peerfeedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Groups planned before the session from the enrolled members, moved by hand within the 2-to-4 rule
 * (a refused move changes nothing), and re-formed at the start from those checked in: a planned
 * group whose members are all there stays, an absent member's partners are completed by someone who
 * was not planned; once rounds start the plan is done (issue 11).
 */
@ExtendWith(ArquillianExtension.class)
class PracticePlanIT {
  @ArquillianResource URL deploymentUrl;

  @Test
  void aPlanIsKeptForThosePresentAndTheAbsentOnesPartnersAreCompleted() {
    Campus campus = new Campus(deploymentUrl);
    AttendanceFixture fixture = new AttendanceFixture(campus);
    Cohort cohort =
        fixture.cohort(
            "plan", List.of("NURSE", "PHYSICIAN", "PHARMACIST", "NURSE", "PHYSICIAN", "DENTIST"));
    Session session = fixture.session(cohort, "PEER_FEEDBACK", "Planned practice", 2, 90);
    String s = "sessions/" + session.id();
    String plan = s + "/practice/plan";

    campus
        .as(Campus.FACILITATOR)
        .get(plan)
        .then()
        .statusCode(200)
        .body("groups.size()", equalTo(0));
    JsonPath made =
        campus.as(Campus.FACILITATOR).post(plan).then().statusCode(200).extract().jsonPath();
    List<List<String>> groups = made.getList("groups.members.memberId");
    assertThat(groups).hasSize(2).allMatch(g -> g.size() == 3);
    assertThat(made.getList("groups.members.checkedIn").toString()).doesNotContain("true");

    // 2 to 4 in a group: a move that would break it is refused and changes nothing.
    String first = groups.get(0).get(0);
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("memberId", first, "group", 2))
        .post(plan + "/moves")
        .then()
        .statusCode(200)
        .body("groups[1].members.size()", equalTo(4));
    List<List<String>> moved =
        campus.as(Campus.FACILITATOR).get(plan).jsonPath().getList("groups.members.memberId");
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("memberId", groups.get(0).get(1), "group", 2))
        .post(plan + "/moves")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("title", equalTo("Group full"));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("memberId", groups.get(1).get(0), "group", 9))
        .post(plan + "/moves")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("group"));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("group", 1))
        .post(plan + "/moves")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("memberId"));
    assertThat(
            campus.as(Campus.FACILITATOR).get(plan).jsonPath().getList("groups.members.memberId"))
        .isEqualTo(moved);
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("memberId", first, "group", 1))
        .post(plan + "/moves")
        .then()
        .statusCode(200);

    // Someone enrolls after the plan; one planned member is absent on the day.
    String unplanned = campus.newEducator("planlate", "PSYCHOLOGIST");
    new CohortFixture(campus).request(cohort.id(), unplanned);
    String unplannedId = fixture.memberId(unplanned);
    String absent = groups.get(0).get(2);
    fixture.moveTo(session, Duration.ofMinutes(-5));
    campus.as(Campus.FACILITATOR).post(s + "/roll-call/all-present").then().statusCode(200);
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("status", "ABSENT"))
        .put(s + "/roll-call/" + absent)
        .then()
        .statusCode(200);
    assertThat(
            campus
                .as(Campus.FACILITATOR)
                .get(plan)
                .jsonPath()
                .getBoolean("groups[0].members.find { it.memberId == '" + absent + "' }.checkedIn"))
        .isFalse();

    List<List<String>> formed =
        campus
            .as(Campus.FACILITATOR)
            .body(Map.of())
            .post(s + "/practice/groups")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("groups.members.memberId");
    Set<Set<String>> expected =
        Set.of(
            Set.of(groups.get(0).get(0), groups.get(0).get(1), unplannedId),
            new HashSet<>(groups.get(1)));
    assertThat(formed.stream().map(HashSet::new).collect(Collectors.toSet())).isEqualTo(expected);

    campus.as(Campus.FACILITATOR).post(s + "/practice/rounds").then().statusCode(200);
    campus
        .as(Campus.FACILITATOR)
        .post(plan)
        .then()
        .statusCode(409)
        .body("title", equalTo("Rounds started"));
    campus
        .as(Campus.FACILITATOR)
        .get(plan)
        .then()
        .statusCode(200)
        .body("roundsStarted", equalTo(true));
  }
}
