package org.virtualcampus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/** Modules and items: authoring, release by the cohort's calendar, and progress (issue 9). */
@ExtendWith(ArquillianExtension.class)
class ModulesIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  private String addModule(String course, Map<String, Object> body) {
    return campus
        .as(Campus.COORDINATOR)
        .body(body)
        .post("courses/" + course + "/modules")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  private JsonPath addItem(String module, Map<String, Object> body) {
    return campus
        .as(Campus.COORDINATOR)
        .body(body)
        .post("modules/" + module + "/items")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> item(String kind, String title, String body, String link) {
    Map<String, Object> item = new HashMap<>();
    item.put("kind", kind);
    item.put("title", title);
    item.put("minutes", 30);
    if (body != null) {
      item.put("body", body);
    }
    if (link != null) {
      item.put("linkUrl", link);
    }
    return item;
  }

  @Test
  void coordinatorsWriteModulesInOrderAndMoveThem() {
    String course = cohorts.course();
    String first = addModule(course, Map.of("title", "Why feedback matters", "releaseWeek", 1));
    String second =
        addModule(course, Map.of("title", "Ask-Tell-Ask", "summary", "A model", "releaseWeek", 2));
    addItem(first, item("READING", "The evidence", "# Feedback\n\nIt *works*.", null));
    JsonPath withVideo =
        addItem(
            first,
            item("VIDEO", "A demonstration", null, "https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
    assertThat(withVideo.getList("items.content.title"))
        .containsExactly("The evidence", "A demonstration");
    String video = withVideo.getString("items[1].id");

    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("direction", "UP"))
        .post("items/" + video + "/position")
        .then()
        .statusCode(200)
        .body("items[0].content.title", equalTo("A demonstration"));

    List<String> order =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("direction", "UP"))
            .post("modules/" + second + "/position")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("title");
    assertThat(order).startsWith("Ask-Tell-Ask", "Why feedback matters");

    // At the top already: nothing moves.
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("direction", "UP"))
        .post("modules/" + second + "/position")
        .then()
        .statusCode(200)
        .body("[0].title", equalTo("Ask-Tell-Ask"));

    campus
        .as(Campus.COORDINATOR)
        .get("courses/" + course + "/modules/preview")
        .then()
        .statusCode(200)
        .body(
            "modules[1].items[0].player",
            equalTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"))
        .body(
            "modules[1].items[1].html",
            allOf(containsString("<h1>Feedback</h1>"), containsString("It <em>works</em>.")));
  }

  @Test
  void aWholeListIsPutInANewOrderAtOnceAndAStaleOrderIsRefused() {
    String course =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("title", "Arranged", "summary", "s", "weeks", 3, "weeklyHours", 2))
            .post("courses")
            .jsonPath()
            .getString("id");
    String a = addModule(course, Map.of("title", "A", "releaseWeek", 1));
    String b = addModule(course, Map.of("title", "B", "releaseWeek", 2));
    String c = addModule(course, Map.of("title", "C", "releaseWeek", 3));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("ids", List.of(c, a, b)))
        .put("courses/" + course + "/modules/order")
        .then()
        .statusCode(200)
        .body("title", equalTo(List.of("C", "A", "B")))
        .body("number", equalTo(List.of(1, 2, 3)));
    // An order that misses a module someone added meanwhile changes nothing.
    addModule(course, Map.of("title", "D", "releaseWeek", 3));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("ids", List.of(a, b, c)))
        .put("courses/" + course + "/modules/order")
        .then()
        .statusCode(409)
        .body("detail", containsString("changed while you arranged them"));
    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .get("courses/" + course + "/modules")
                .jsonPath()
                .getList("title"))
        .containsExactly("C", "A", "B", "D");

    String first = addItem(a, item("READING", "One", "1", null)).getString("items[0].id");
    String second = addItem(a, item("READING", "Two", "2", null)).getString("items[1].id");
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("ids", List.of(second, first)))
        .put("modules/" + a + "/items/order")
        .then()
        .statusCode(200)
        .body("items.content.title", equalTo(List.of("Two", "One")));
    campus
        .as(Campus.EDUCATOR)
        .body(Map.of("ids", List.of(first, second)))
        .put("modules/" + a + "/items/order")
        .then()
        .statusCode(403);
  }

  @Test
  void badModulesAndItemsAreRefusedNamingTheFieldAndLeaveNothingBehind() {
    String course = cohorts.course();
    int before =
        campus
            .as(Campus.COORDINATOR)
            .get("courses/" + course + "/modules")
            .jsonPath()
            .getList("$")
            .size();
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("title", "Both", "releaseWeek", 1, "releaseOn", "2027-01-04"))
        .post("courses/" + course + "/modules")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("releaseWeek"));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("title", "Week 60", "releaseWeek", 60))
        .post("courses/" + course + "/modules")
        .then()
        .statusCode(400);
    String module = addModule(course, Map.of("title", "Inputs", "releaseOn", "2027-01-04"));
    campus
        .as(Campus.COORDINATOR)
        .body(item("VIDEO", "No link", null, null))
        .post("modules/" + module + "/items")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("linkUrl"));
    campus
        .as(Campus.COORDINATOR)
        .body(item("LINK", "Script", null, "javascript:alert(1)"))
        .post("modules/" + module + "/items")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("linkUrl"));
    campus
        .as(Campus.COORDINATOR)
        .body(item("READING", "Empty", " ", null))
        .post("modules/" + module + "/items")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("body"));
    List<Object> modules =
        campus.as(Campus.COORDINATOR).get("courses/" + course + "/modules").jsonPath().getList("$");
    assertThat(modules).hasSize(before + 1);
    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .get("courses/" + course + "/modules")
                .jsonPath()
                .getList("find { it.id == '" + module + "' }.items"))
        .isEmpty();

    String educator = campus.newEducator("author-not");
    campus
        .as(educator, Campus.PASSWORD)
        .body(Map.of("title", "Mine", "releaseWeek", 1))
        .post("courses/" + course + "/modules")
        .then()
        .statusCode(403);
    campus.as(Campus.COORDINATOR).get("courses/no-such-course/modules").then().statusCode(404);
  }

  @Test
  void modulesOpenWeekByWeekInTheCohortsZoneAndProgressCountsOpenItemsOnly() {
    String course = cohorts.course();
    String own =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("title", "Release course", "weeks", 2, "weeklyHours", 6))
            .post("courses")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String week1 = addModule(own, Map.of("title", "Week one", "releaseWeek", 1));
    String week2 = addModule(own, Map.of("title", "Week two", "releaseWeek", 2));
    String reading =
        addItem(
                week1,
                item("READING", "Read me", "<script>alert(1)</script>\n\nSome **bold** text", null))
            .getString("items[0].id");
    addItem(week1, item("DISCUSSION", "Talk", "What worked?", null));
    String later =
        addItem(week2, item("LINK", "Later", null, "https://example.org/"))
            .getString("items[0].id");

    Map<String, Object> plan = cohorts.plan(5);
    plan.put("courseId", own);
    String cohort = cohorts.open(plan);
    String educator = campus.newEducator("learner");
    cohorts.request(cohort, educator);

    JsonPath before =
        campus.as(educator, Campus.PASSWORD).get("cohorts/" + cohort + "/modules").jsonPath();
    LocalDate startsOn = LocalDate.parse((String) plan.get("startsOn"));
    Instant opens = startsOn.atStartOfDay(ZoneId.of("America/Chicago")).toInstant();
    assertThat(before.getList("modules.open")).containsExactly(false, false);
    assertThat(before.getList("modules[0].items")).as("not open: no items yet").isEmpty();
    assertThat(Instant.parse(before.getString("nextOpening"))).isEqualTo(opens);
    campus
        .as(educator, Campus.PASSWORD)
        .put("cohorts/" + cohort + "/modules/items/" + reading + "/done")
        .then()
        .statusCode(409);

    Instant now = campus.now();
    campus.advanceClock(Duration.between(now, opens).plusHours(1));
    JsonPath open =
        campus
            .as(educator, Campus.PASSWORD)
            .put("cohorts/" + cohort + "/modules/items/" + reading + "/done")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(open.getList("modules.open")).containsExactly(true, false);
    assertThat(open.getInt("modules[0].doneCount")).isEqualTo(1);
    assertThat(open.getInt("modules[0].itemCount")).isEqualTo(2);
    assertThat(open.getInt("doneCount")).isEqualTo(1);
    assertThat(open.getInt("itemCount")).as("the closed module's items count too").isEqualTo(3);
    assertThat(open.getString("modules[0].items[0].html"))
        .doesNotContain("<script")
        .contains("<strong>bold</strong>");
    assertThat(Instant.parse(open.getString("nextOpening")))
        .isEqualTo(opens.plus(Duration.ofDays(7)));

    // Twice is still once.
    campus
        .as(educator, Campus.PASSWORD)
        .put("cohorts/" + cohort + "/modules/items/" + reading + "/done")
        .then()
        .statusCode(200)
        .body("doneCount", equalTo(1));
    campus
        .as(educator, Campus.PASSWORD)
        .put("cohorts/" + cohort + "/modules/items/" + later + "/done")
        .then()
        .statusCode(409);
    campus
        .as(educator, Campus.PASSWORD)
        .delete("cohorts/" + cohort + "/modules/items/" + reading + "/done")
        .then()
        .statusCode(200)
        .body("doneCount", equalTo(0));

    String outsider = campus.newEducator("outsider");
    campus
        .as(outsider, Campus.PASSWORD)
        .get("cohorts/" + cohort + "/modules")
        .then()
        .statusCode(403);
    campus
        .as(outsider, Campus.PASSWORD)
        .put("cohorts/" + cohort + "/modules/items/" + reading + "/done")
        .then()
        .statusCode(403);
    String foreign =
        addItem(
                addModule(course, Map.of("title", "Other course", "releaseWeek", 1)),
                item("READING", "Elsewhere", "Not this course", null))
            .getString("items[0].id");
    campus
        .as(educator, Campus.PASSWORD)
        .put("cohorts/" + cohort + "/modules/items/" + foreign + "/done")
        .then()
        .statusCode(404);

    // The cohort's coordinator sees every module, open or not, with its items.
    JsonPath staff = campus.as(Campus.COORDINATOR).get("cohorts/" + cohort + "/modules").jsonPath();
    assertThat(staff.getList("modules[1].items")).hasSize(1);
  }

  @Test
  void aCopyOfACourseCarriesItsModulesAndItems() {
    String course =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("title", "Original", "weeks", 3, "weeklyHours", 4))
            .post("courses")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String module = addModule(course, Map.of("title", "Only module", "releaseWeek", 1));
    Map<String, Object> rolePlay =
        item("ROLE_PLAY", "The missed double-check", "You observed…", null);
    rolePlay.put("privateBrief", "You are the student.");
    addItem(module, rolePlay);

    JsonPath copy =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("title", "Second run"))
            .post("courses/" + course + "/copies")
            .then()
            .statusCode(201)
            .body("weeks", equalTo(3))
            .extract()
            .jsonPath();
    JsonPath outline =
        campus
            .as(Campus.COORDINATOR)
            .get("courses/" + copy.getString("id") + "/modules")
            .jsonPath();
    assertThat(outline.getList("title")).containsExactly("Only module");
    assertThat(outline.getString("[0].items[0].content.privateBrief"))
        .isEqualTo("You are the student.");
    assertThat(outline.getString("[0].id")).isNotEqualTo(module);

    // Removing the copy's module takes its items with it and leaves the original alone.
    campus
        .as(Campus.COORDINATOR)
        .delete("modules/" + outline.getString("[0].id"))
        .then()
        .statusCode(200)
        .body("$", org.hamcrest.Matchers.empty());
    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .get("courses/" + course + "/modules")
                .jsonPath()
                .getList("id"))
        .containsExactly(module);
  }
}
