package org.virtualcampus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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

/**
 * Safe defaults (issue 7, item 11): DRAFT cohorts are there for coordinators and admins only, and a
 * scanner fetching an invitation link does not count as the invitee opening it. (Demo data and the
 * start-up refusal on demo passwords are unit tests: DemoSafetyTest.)
 */
@ExtendWith(ArquillianExtension.class)
class SafeDefaultsIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  private String draftFacilitatedBy(String facilitatorEmail) {
    String facilitatorId = campus.as(facilitatorEmail).get("members/me").jsonPath().getString("id");
    Map<String, Object> plan = cohorts.plan(10);
    plan.put("facilitatorIds", List.of(facilitatorId));
    return cohorts.draft(plan);
  }

  @Test
  void aDraftCohortIsNotFoundForItsFacilitatorOrAnEducator() {
    String draft = draftFacilitatedBy(Campus.FACILITATOR);

    campus.as(Campus.FACILITATOR).get("cohorts/" + draft).then().statusCode(404);
    campus.as(Campus.EDUCATOR).get("cohorts/" + draft).then().statusCode(404);
    campus.as(Campus.FACILITATOR).get("cohorts/" + draft + "/waitlist").then().statusCode(404);
    campus.as(Campus.FACILITATOR).get("cohorts/" + draft + "/figures").then().statusCode(404);
    List<String> listed =
        campus
            .as(Campus.FACILITATOR)
            .get("cohorts?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(listed).doesNotContain(draft);
  }

  @Test
  void aDraftCohortIsThereForCoordinatorsAndAdmins() {
    String draft = draftFacilitatedBy(Campus.FACILITATOR);

    campus
        .as(Campus.COORDINATOR)
        .get("cohorts/" + draft)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
    campus.as(Campus.ADMIN).get("cohorts/" + draft).then().statusCode(200);
  }

  @Test
  void onceOpenTheCohortIsThereForItsFacilitatorAgain() {
    String cohort = draftFacilitatedBy(Campus.FACILITATOR);
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("status", "OPEN"))
        .post("cohorts/" + cohort + "/status")
        .then()
        .statusCode(200);

    campus.as(Campus.FACILITATOR).get("cohorts/" + cohort).then().statusCode(200);
    campus.as(Campus.FACILITATOR).get("cohorts/" + cohort + "/waitlist").then().statusCode(200);
  }

  @Test
  void fetchingAnInvitationLinkDoesNotCountAsOpened() {
    String email = Campus.uniqueEmail("scanned");
    String cohort = cohorts.invitationOnlyWith(email);
    String token = campus.invitationTokenFor(email);

    campus.anonymous().get("invitations/" + token).then().statusCode(200);
    io.restassured.RestAssured.given()
        .get(campus.app().resolve("invitation.xhtml?token=" + token))
        .then()
        .statusCode(200);

    campus
        .anonymous()
        .get("invitations/" + token)
        .then()
        .statusCode(200)
        .body("status", equalTo("SENT"));
    assertThat(cohort).isNotBlank();
  }
}
