package org.virtualcampus.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/** The catalogue's filters: course, admission and a latest start, in the API and on the page. */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;
  String course;
  String soonOpen;
  String laterInvited;

  @BeforeEach
  void twoCohortsOfOneCourse() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
    course = cohorts.course();
    Map<String, Object> soon = cohorts.plan(10);
    soonOpen = "Soon " + java.util.UUID.randomUUID().toString().substring(0, 6);
    soon.put("name", soonOpen);
    cohorts.open(soon);
    Map<String, Object> later = cohorts.plan(10);
    laterInvited = "Later " + java.util.UUID.randomUUID().toString().substring(0, 6);
    later.put("name", laterInvited);
    later.put("admission", "INVITATION_ONLY");
    LocalDate today = LocalDate.ofInstant(campus.now(), ZoneOffset.UTC);
    later.put("startsOn", today.plusWeeks(10).toString());
    later.put("endsOn", today.plusWeeks(15).toString());
    cohorts.open(later);
  }

  private List<String> names(String query) {
    return campus
        .anonymous()
        .get("cohorts/open?size=100&courseId=" + course + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.name");
  }

  @Test
  void filtersNarrowTheCatalogueAndBadValuesAreNamed() {
    assertThat(names("")).containsExactly(soonOpen, laterInvited);
    assertThat(names("&admission=invitation_only")).containsExactly(laterInvited);
    LocalDate inFiveWeeks = LocalDate.ofInstant(campus.now(), ZoneOffset.UTC).plusWeeks(5);
    assertThat(names("&startsBy=" + inFiveWeeks)).containsExactly(soonOpen);

    campus
        .anonymous()
        .get("cohorts/open?admission=sometimes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("admission"));
    campus
        .anonymous()
        .get("cohorts/open?startsBy=2027-02-30")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("startsBy"));
  }

  @Test
  void thePageKeepsTheFiltersAndSaysWhichValueItCouldNotUse() {
    String page =
        RestAssured.given()
            .get(
                campus
                    .app()
                    .resolve("cohorts.xhtml?course=" + course + "&admission=INVITATION_ONLY"))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page).contains(laterInvited).doesNotContain(soonOpen);
    assertThat(page).containsPattern("<option value=\"INVITATION_ONLY\" selected=\"selected\"");

    String refused =
        RestAssured.given()
            .get(campus.app().resolve("cohorts.xhtml?course=" + course + "&admission=sometimes"))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(refused)
        .contains("admission must be OPEN_TO_COMMUNITY or INVITATION_ONLY")
        .contains(soonOpen)
        .contains(laterInvited);
  }
}
