package org.virtualcampus.enrollment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/** Facilitators see the cohorts they facilitate, with participants and waitlist, and no others. */
@ExtendWith(ArquillianExtension.class)
class FacilitationIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  /** The demo cohort, on whichever page of the list the cohorts of other tests pushed it to. */
  private String demoCohortId() {
    for (int page = 0; page < 50; page++) {
      var items =
          campus
              .as(Campus.COORDINATOR)
              .get("cohorts?size=100&page=" + page)
              .jsonPath()
              .getList("items", Map.class);
      if (items.isEmpty()) {
        break;
      }
      var found =
          items.stream()
              .filter(c -> "Feedback Conversations — Spring cohort".equals(c.get("name")))
              .map(c -> (String) c.get("id"))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new AssertionError("the demo cohort is missing");
  }

  @Test
  void facilitatorSeesTheirCohortsRosterButNotOtherCohorts() {
    String demoCohort = demoCohortId();
    String otherCohort = new CohortFixture(campus).open(5);
    Map<String, String> session = campus.signInToPages(Campus.FACILITATOR, Campus.DEMO_PASSWORD);

    RestAssured.given()
        .cookies(session)
        .get(campus.app().resolve("facilitator/cohorts.xhtml"))
        .then()
        .statusCode(200)
        .body(containsString("Feedback Conversations — Spring cohort"))
        .body(not(containsString(otherCohort)));
    RestAssured.given()
        .cookies(session)
        .get(campus.app().resolve("facilitator/cohorts.xhtml?id=" + demoCohort))
        .then()
        .statusCode(200)
        .body(containsString("Participants ("))
        .body(containsString("Waitlist ("));
    RestAssured.given()
        .cookies(session)
        .get(campus.app().resolve("facilitator/cohorts.xhtml?id=" + otherCohort))
        .then()
        .statusCode(200)
        .body(containsString("Your roles do not allow you to do this."));

    campus
        .as(Campus.FACILITATOR)
        .get("cohorts/" + otherCohort + "/waitlist")
        .then()
        .statusCode(403);
    campus.as(Campus.FACILITATOR).get("cohorts/" + demoCohort + "/waitlist").then().statusCode(200);
  }
}
