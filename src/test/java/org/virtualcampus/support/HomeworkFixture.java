package org.virtualcampus.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Course material for homework tests: open modules, the pilot's rubric, homework on a module. */
public final class HomeworkFixture {
  private final Campus campus;

  public HomeworkFixture(Campus campus) {
    this.campus = campus;
  }

  /** A module of the course that opened two days ago by the application's clock. */
  public String openModule(String course, String title) {
    String opened = LocalDate.ofInstant(campus.now(), ZoneOffset.UTC).minusDays(2).toString();
    return campus
        .as(Campus.COORDINATOR)
        .body(Map.of("title", title, "releaseOn", opened))
        .post("courses/" + course + "/modules")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  /** A podcast item of an open module of the course whose audio is uploaded, not linked. */
  public String podcastItem(String course) {
    String module = openModule(course, "Listening");
    return campus
        .as(Campus.COORDINATOR)
        .body(Map.of("kind", "PODCAST", "title", "A talk", "minutes", 20, "uploaded", true))
        .post("modules/" + module + "/items")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("items[0].id");
  }

  /** The pilot's rubric, for the course. */
  public String rubric(String course) {
    return campus
        .as(Campus.COORDINATOR)
        .body(PilotRubric.body())
        .post("courses/" + course + "/rubrics")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  /**
   * Homework due on day 6 at 23:59, asking for files of these types (and text, unless {@code
   * filesOnly}), at most {@code maxFileMb} each, scored with the rubric (null: none).
   */
  public void homework(
      String module, List<String> fileTypes, boolean filesOnly, int maxFileMb, String rubricId) {
    homework(module, fileTypes, filesOnly, maxFileMb, rubricId, 6);
  }

  /** As above, due on {@code dueDay} (days after the cohort's first day) at 23:59. */
  public void homework(
      String module,
      List<String> fileTypes,
      boolean filesOnly,
      int maxFileMb,
      String rubricId,
      int dueDay) {
    Map<String, Object> homework = new HashMap<>();
    homework.put("instructions", "Reflect on one feedback conversation.");
    homework.put("dueDay", dueDay);
    homework.put("dueTime", "23:59");
    homework.put("expectsText", !filesOnly);
    homework.put("expectsFiles", true);
    homework.put("fileTypes", fileTypes);
    homework.put("maxFileMb", maxFileMb);
    if (rubricId != null) {
      homework.put("rubricId", rubricId);
    }
    campus
        .as(Campus.COORDINATOR)
        .body(homework)
        .put("modules/" + module + "/homework")
        .then()
        .statusCode(200);
  }
}
