package org.virtualcampus.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/** Searching the waitlist, and removing or messaging several people at once (issue 8). */
@ExtendWith(ArquillianExtension.class)
class WaitlistToolsIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  String cohort;
  String anna;
  String bruno;
  String carla;

  @BeforeEach
  void fullCohortWithThreeWaiting() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
    cohort = cohorts.open(1);
    cohorts.request(cohort, campus.newEducator("seated"));
    anna = (String) cohorts.request(cohort, campus.newEducator("anna", "NURSE")).get("id");
    bruno = (String) cohorts.request(cohort, campus.newEducator("bruno", "PHYSICIAN")).get("id");
    carla = (String) cohorts.request(cohort, campus.newEducator("carla", "NURSE")).get("id");
  }

  private JsonPath waitlist(String query) {
    return campus
        .as(Campus.COORDINATOR)
        .get("cohorts/" + cohort + "/waitlist" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void searchingKeepsEachPersonsPlaceInTheWholeLine() {
    JsonPath byName = waitlist("?q=BRU");
    assertThat(byName.getInt("total")).isEqualTo(1);
    assertThat(byName.getString("items[0].id")).isEqualTo(bruno);
    assertThat(byName.getInt("items[0].position")).isEqualTo(2);

    JsonPath nurses = waitlist("?profession=nurse");
    assertThat(nurses.getList("items.id")).containsExactly(anna, carla);
    assertThat(nurses.getList("items.position")).containsExactly(1, 3);

    assertThat(waitlist("?q=100%25").getInt("total")).as("% is taken literally").isZero();

    campus
        .as(Campus.COORDINATOR)
        .get("cohorts/" + cohort + "/waitlist?profession=wizard")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("profession"));
  }

  @Test
  void removingSeveralAtOnceIsAllOrNothingWithOneReason() {
    String elsewhere =
        (String) cohorts.request(cohorts.open(1), campus.newEducator("other")).get("id");
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("enrollmentIds", List.of(anna, elsewhere), "reason", "Duplicate sign-ups"))
        .post("cohorts/" + cohort + "/waitlist/removals")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("enrollmentIds"));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("enrollmentIds", List.of(anna, carla), "reason", " "))
        .post("cohorts/" + cohort + "/waitlist/removals")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    assertThat(waitlist("").getInt("total")).as("nothing was removed").isEqualTo(3);

    campus
        .as(campus.newEducator("nosy"), Campus.PASSWORD)
        .body(Map.of("enrollmentIds", List.of(anna), "reason", "Mine now"))
        .post("cohorts/" + cohort + "/waitlist/removals")
        .then()
        .statusCode(403);

    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("enrollmentIds", List.of(anna, carla), "reason", "Duplicate sign-ups"))
        .post("cohorts/" + cohort + "/waitlist/removals")
        .then()
        .statusCode(200)
        .body("people", equalTo(2));
    JsonPath left = waitlist("");
    assertThat(left.getList("items.id")).containsExactly(bruno);
    assertThat(left.getInt("items[0].position")).isEqualTo(1);
    assertThat(cohorts.history(cohort))
        .filteredOn(e -> "REMOVED".equals(e.get("kind")))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e).containsEntry("reason", "Duplicate sign-ups"));
  }

  @Test
  void aMessageReachesEachChosenPersonSignedByTheCoordinator() {
    String email = campus.newEducator("reader", "PHARMACIST");
    String place = (String) cohorts.request(cohort, email).get("id");
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("enrollmentIds", List.of(place), "message", ""))
        .post("cohorts/" + cohort + "/messages")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("message"));

    campus
        .as(Campus.COORDINATOR)
        .body(
            Map.of(
                "enrollmentIds",
                List.of(place),
                "message",
                "We start with a short call on Monday. <b>Bring questions</b>."))
        .post("cohorts/" + cohort + "/messages")
        .then()
        .statusCode(200)
        .body("people", equalTo(1));

    JsonPath mine =
        campus
            .as(email, Campus.PASSWORD)
            .get("notifications/mine")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> messages =
        mine.<Map<String, Object>>getList("items").stream()
            .filter(n -> "COORDINATOR_MESSAGE".equals(n.get("kind")))
            .toList();
    assertThat(messages).hasSize(1);
    assertThat((String) messages.get(0).get("body"))
        .contains("Cora Coordinator wrote to you about")
        .contains("We start with a short call on Monday.");
    assertThat((String) messages.get(0).get("html"))
        .as("the coordinator's words are text, never markup")
        .contains("&lt;b&gt;Bring questions&lt;/b&gt;");
  }
}
