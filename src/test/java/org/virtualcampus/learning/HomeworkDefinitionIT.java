package org.virtualcampus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.virtualcampus.support.PilotRubric;

/** Homework on modules and rubrics as coordinators define them (issue 9, authoring). */
@ExtendWith(ArquillianExtension.class)
class HomeworkDefinitionIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  private String module(String course, String title) {
    return campus
        .as(Campus.COORDINATOR)
        .body(Map.of("title", title, "releaseWeek", 1))
        .post("courses/" + course + "/modules")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  private static Map<String, Object> homework(String rubricId) {
    Map<String, Object> homework = new HashMap<>();
    homework.put("instructions", "Write about **one** feedback conversation.");
    homework.put("dueDay", 6);
    homework.put("dueTime", "23:59");
    homework.put("expectsText", true);
    homework.put("expectsFiles", true);
    homework.put("fileTypes", List.of("PDF", "docx", "mp3"));
    if (rubricId != null) {
      homework.put("rubricId", rubricId);
    }
    return homework;
  }

  @Test
  void aModuleGetsOneHomeworkScoredWithARubricDueInTheCohortsZone() {
    String course = cohorts.course();
    JsonPath rubric =
        campus
            .as(Campus.COORDINATOR)
            .body(PilotRubric.body())
            .post("courses/" + course + "/rubrics")
            .then()
            .statusCode(201)
            .body("maxPoints", equalTo(6))
            .extract()
            .jsonPath();
    String module = module(course, "Reflecting");

    JsonPath outline =
        campus
            .as(Campus.COORDINATOR)
            .body(homework(rubric.getString("id")))
            .put("modules/" + module + "/homework")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(outline.getList("homework.fileTypes")).containsExactly("pdf", "docx", "mp3");
    assertThat(outline.getInt("homework.maxFileMb")).isEqualTo(20);

    // Changing it keeps one homework.
    Map<String, Object> textOnly = homework(rubric.getString("id"));
    textOnly.put("expectsFiles", false);
    campus
        .as(Campus.COORDINATOR)
        .body(textOnly)
        .put("modules/" + module + "/homework")
        .then()
        .statusCode(200)
        .body("homework.expectsFiles", equalTo(false));

    Map<String, Object> plan = cohorts.plan(3);
    String cohort = cohorts.open(plan);
    String educator = campus.newEducator("homework");
    cohorts.request(cohort, educator);
    JsonPath staff = campus.as(Campus.COORDINATOR).get("cohorts/" + cohort + "/modules").jsonPath();
    Map<String, Object> seen = staff.getMap("modules.find { it.id == '" + module + "' }.homework");
    Instant due =
        LocalDate.parse((String) plan.get("startsOn"))
            .plusDays(6)
            .atTime(LocalTime.of(23, 59))
            .atZone(ZoneId.of("America/Chicago"))
            .toInstant();
    assertThat(Instant.parse((String) seen.get("dueAt"))).isEqualTo(due);
    assertThat((String) seen.get("html")).contains("<strong>one</strong>");
    assertThat(
            staff.getList(
                "modules.find { it.id == '" + module + "' }.homework.rubric.grid.criteria.title"))
        .containsExactly("Describes the situation", "Plans next steps");

    // Before the module opens, an educator sees neither its items nor its homework.
    JsonPath early =
        campus.as(educator, Campus.PASSWORD).get("cohorts/" + cohort + "/modules").jsonPath();
    assertThat(early.getMap("modules.find { it.id == '" + module + "' }"))
        .doesNotContainKey("homework");

    campus
        .as(Campus.COORDINATOR)
        .delete("modules/" + module + "/homework")
        .then()
        .statusCode(200)
        .body("homework", equalTo(null));
  }

  @Test
  void badHomeworkAndRubricsAreRefusedNamingTheField() {
    String course = cohorts.course();
    String module = module(course, "Bad input");
    Map<String, Object> noTime = homework(null);
    noTime.put("dueTime", "25:99");
    expect400("modules/" + module + "/homework", noTime, "dueTime", true);
    Map<String, Object> nothing = homework(null);
    nothing.put("expectsText", false);
    nothing.put("expectsFiles", false);
    expect400("modules/" + module + "/homework", nothing, "expectsText", true);
    Map<String, Object> exe = homework(null);
    exe.put("fileTypes", List.of("exe"));
    expect400("modules/" + module + "/homework", exe, "fileTypes", true);
    expect400("modules/" + module + "/homework", homework("no-such-rubric"), "rubricId", true);

    Map<String, Object> oneLevel = new HashMap<>(PilotRubric.body());
    oneLevel.put("levels", List.of(Map.of("label", "Only", "points", 1)));
    expect400("courses/" + course + "/rubrics", oneLevel, "levels", false);
    Map<String, Object> shortRow = new HashMap<>(PilotRubric.body());
    shortRow.put(
        "criteria", List.of(Map.of("title", "Too short", "descriptors", List.of("a", "b"))));
    expect400("courses/" + course + "/rubrics", shortRow, "criteria[0].descriptors", false);

    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .get("courses/" + course + "/modules")
                .jsonPath()
                .getMap("find { it.id == '" + module + "' }"))
        .doesNotContainKey("homework");
    String educator = campus.newEducator("not-author");
    campus
        .as(educator, Campus.PASSWORD)
        .body(PilotRubric.body())
        .post("courses/" + course + "/rubrics")
        .then()
        .statusCode(403);
  }

  private void expect400(String path, Map<String, Object> body, String field, boolean put) {
    var request = campus.as(Campus.COORDINATOR).body(body);
    (put ? request.put(path) : request.post(path))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(field));
  }

  @Test
  void aCopyOfTheCourseScoresItsHomeworkWithItsOwnCopyOfTheRubric() {
    String course =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("title", "Rubric original", "weeks", 2, "weeklyHours", 3))
            .post("courses")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String rubric =
        campus
            .as(Campus.COORDINATOR)
            .body(PilotRubric.body())
            .post("courses/" + course + "/rubrics")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String module = module(course, "Week one");
    campus
        .as(Campus.COORDINATOR)
        .body(homework(rubric))
        .put("modules/" + module + "/homework")
        .then()
        .statusCode(200);

    String copy =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("title", "Rubric copy"))
            .post("courses/" + course + "/copies")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    List<String> copiedRubrics =
        campus.as(Campus.COORDINATOR).get("courses/" + copy + "/rubrics").jsonPath().getList("id");
    assertThat(copiedRubrics).hasSize(1).doesNotContain(rubric);
    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .get("courses/" + copy + "/modules")
                .jsonPath()
                .getString("[0].homework.rubricId"))
        .isEqualTo(copiedRubrics.get(0));
  }
}
