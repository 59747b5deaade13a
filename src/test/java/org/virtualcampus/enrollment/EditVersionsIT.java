package org.virtualcampus.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/** No lost edits, durations kept exactly, and lists on pages that page with their totals. */
@ExtendWith(ArquillianExtension.class)
class EditVersionsIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  private ValidatableResponse put(String path, Map<String, Object> body) {
    return campus.as(Campus.COORDINATOR).body(body).put(path).then();
  }

  /** A page as the coordinator sees it, signed in through the form. */
  private String page(String path) {
    return RestAssured.given()
        .cookies(campus.signInToPages(Campus.COORDINATOR, Campus.DEMO_PASSWORD))
        .get(campus.app().resolve(path))
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private Map<String, Object> get(String path) {
    return campus
        .as(Campus.COORDINATOR)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("$");
  }

  @Test
  void aStaleCohortSaveIs409WithWhatChangedAndWritesNothing() {
    Map<String, Object> plan = cohorts.plan(10);
    String cohort = cohorts.open(plan);
    Map<String, Object> read = get("cohorts/" + cohort);
    int version = (int) read.get("version");

    // Cora saves first ...
    Map<String, Object> first = new HashMap<>(plan);
    first.put("version", version);
    first.put("capacity", 12);
    first.put("offerHold", "PT36H");
    put("cohorts/" + cohort, first)
        .statusCode(200)
        .body("version", equalTo(version + 1))
        .body("capacity", equalTo(12));

    // ... then a second editor saves on the version both of them read.
    Map<String, Object> second = new HashMap<>(plan);
    second.put("version", version);
    second.put("name", "Renamed by the second editor");
    put("cohorts/" + cohort, second)
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409))
        .body("currentVersion", equalTo(version + 1))
        .body("detail", containsString("version " + (version + 1)))
        .body("changes.field", hasItem("capacity"))
        .body("changes.find { it.field == 'capacity' }.current", equalTo(12))
        .body("changes.find { it.field == 'capacity' }.yours", equalTo(10))
        .body("changes.find { it.field == 'offerHold' }.current", equalTo("PT36H"))
        .body("changes.find { it.field == 'name' }.current", equalTo(plan.get("name")));

    Map<String, Object> now = get("cohorts/" + cohort);
    assertThat(now)
        .containsEntry("name", plan.get("name"))
        .containsEntry("capacity", 12)
        .containsEntry("offerHold", "PT36H")
        .containsEntry("version", version + 1);
  }

  @Test
  void seatsTakenMeanwhileDoNotMakeACohortEditStale() {
    Map<String, Object> plan = cohorts.plan(3);
    String cohort = cohorts.open(plan);
    int version = (int) get("cohorts/" + cohort).get("version");
    cohorts.request(cohort, campus.newEducator("ana"));

    plan.put("version", version);
    plan.put("capacity", 4);
    put("cohorts/" + cohort, plan)
        .statusCode(200)
        .body("capacity", equalTo(4))
        .body("seatsTaken", equalTo(1));
  }

  @Test
  void aStaleCourseSaveIs409WithWhatChanged() {
    String id = cohorts.course();
    Map<String, Object> course = new HashMap<>(get("courses/" + id));
    course.remove("id");
    int version = (int) get("courses/" + id).get("version");

    Map<String, Object> first = new HashMap<>(course);
    first.put("version", version);
    first.put("weeks", 6);
    put("courses/" + id, first)
        .statusCode(200)
        .body("weeks", equalTo(6))
        .body("version", equalTo(version + 1));

    Map<String, Object> stale = new HashMap<>(course);
    stale.put("version", version);
    stale.put("title", "Lost title");
    put("courses/" + id, stale)
        .statusCode(409)
        .contentType("application/problem+json")
        .body("currentVersion", equalTo(version + 1))
        .body("changes.field", equalTo(List.of("title", "weeks")))
        .body("changes.find { it.field == 'weeks' }.current", equalTo(6));
    assertThat(get("courses/" + id))
        .containsEntry("title", "Test course")
        .containsEntry("weeks", 6);
  }

  @Test
  void anEditWithoutAVersionIs400NamingTheField() {
    Map<String, Object> plan = cohorts.plan(5);
    String cohort = cohorts.open(plan);
    plan.put("capacity", 6);
    put("cohorts/" + cohort, plan)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("version"));
    assertThat(get("cohorts/" + cohort)).containsEntry("capacity", 5);

    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("title", "No version", "weeks", 5, "weeklyHours", 6))
        .put("courses/" + cohorts.course())
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("version"));
  }

  @Test
  void offerHoldsRoundTripExactly() {
    for (String hold : List.of("PT90M", "PT36H", "PT1H1S")) {
      Map<String, Object> plan = cohorts.plan(5);
      plan.put("offerHold", hold);
      String cohort = cohorts.open(plan);
      Map<String, Object> read = get("cohorts/" + cohort);
      assertThat(Duration.parse((String) read.get("offerHold"))).isEqualTo(Duration.parse(hold));

      // saving what was read changes nothing, not even the version
      Map<String, Object> again = new HashMap<>(plan);
      again.put("offerHold", read.get("offerHold"));
      again.put("version", read.get("version"));
      put("cohorts/" + cohort, again)
          .statusCode(200)
          .body("offerHold", equalTo(read.get("offerHold")))
          .body("version", equalTo(read.get("version")));
    }
    Map<String, Object> plan = cohorts.plan(5);
    plan.put("offerHold", "PT90.5S");
    campus
        .as(Campus.COORDINATOR)
        .body(plan)
        .post("cohorts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("offerHold"));
  }

  @Test
  void theSettingsFormShowsNinetyMinutesAsNinetyMinutes() {
    Map<String, Object> plan = cohorts.plan(5);
    plan.put("offerHold", "PT90M");
    String cohort = cohorts.open(plan);
    String html = page("coordinator/cohort.xhtml?tab=settings&id=" + cohort);
    var amount = Pattern.compile("<input[^>]*id=\"settings:offerHold_hinput\"[^>]*>").matcher(html);
    assertThat(amount.find()).as("the amount input").isTrue();
    assertThat(amount.group()).contains("value=\"90\"");
    var unit =
        Pattern.compile(
                "<select[^>]*id=\"settings:offerHoldUnit_input\".*?</select>", Pattern.DOTALL)
            .matcher(html);
    assertThat(unit.find()).as("the unit menu").isTrue();
    assertThat(unit.group()).containsPattern("<option value=\"MINUTES\" selected=\"selected\"");
  }

  @Test
  void theCohortPageShowsTheWaitlistAPageAtATimeWithItsTotal() {
    String cohort = cohorts.open(1);
    for (int i = 0; i < 27; i++) {
      cohorts.request(cohort, campus.newEducator("pager" + i));
    }
    assertThat(page("coordinator/cohort.xhtml?tab=waitlist&id=" + cohort))
        .contains("Waitlist (26)")
        .contains("1\u201325 of 26");
  }
}
