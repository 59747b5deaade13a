package org.virtualcampus.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;
import org.virtualcampus.support.PilotRubric;

/**
 * A cohort's modules read in the same number of SQL statements for one module with one item as for
 * five modules with six items and homework each (X-Campus-Statements, as in StatementCountIT).
 */
@ExtendWith(ArquillianExtension.class)
class LearningStatementCountIT {
  private static final String ASK = "X-Campus-Count-Statements";
  private static final String ANSWER = "X-Campus-Statements";

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  /** A cohort of a new course with the modules and items asked for, open since 2020. */
  private String cohortWith(CohortFixture cohorts, int modules, int items, String educator) {
    String course = cohorts.course();
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
    for (int m = 0; m < modules; m++) {
      String module =
          campus
              .as(Campus.COORDINATOR)
              .body(Map.of("title", "Module " + m, "releaseOn", "2020-01-0" + (m + 1)))
              .post("courses/" + course + "/modules")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getString("id");
      for (int i = 0; i < items; i++) {
        campus
            .as(Campus.COORDINATOR)
            .body(
                Map.of("kind", "READING", "title", "Item " + i, "body", "Text " + i, "minutes", 10))
            .post("modules/" + module + "/items")
            .then()
            .statusCode(201);
      }
      Map<String, Object> homework = new HashMap<>();
      homework.put("instructions", "Reflect.");
      homework.put("dueDay", 6 + 7 * m);
      homework.put("dueTime", "23:59");
      homework.put("rubricId", rubric);
      campus
          .as(Campus.COORDINATOR)
          .body(homework)
          .put("modules/" + module + "/homework")
          .then()
          .statusCode(200);
    }
    String cohort = cohorts.open(3);
    cohorts.request(cohort, educator);
    return cohort;
  }

  @Test
  void aCohortsModulesReadAsManyStatementsForOneModuleAsForFive() {
    String educator = campus.newEducator("counted");
    String small = cohortWith(new CohortFixture(campus), 1, 1, educator);
    String large = cohortWith(new CohortFixture(campus), 5, 6, educator);

    int smallCount = statements(educator, "cohorts/" + small + "/modules");
    int largeCount = statements(educator, "cohorts/" + large + "/modules");
    assertThat(largeCount).as("5 modules x 6 items against 1 x 1").isEqualTo(smallCount);
    assertThat(statements(Campus.COORDINATOR, "cohorts/" + large + "/modules"))
        .as("the staff view")
        .isEqualTo(statements(Campus.COORDINATOR, "cohorts/" + small + "/modules"));
  }

  private int statements(String email, String path) {
    String password = email.equals(Campus.COORDINATOR) ? Campus.DEMO_PASSWORD : Campus.PASSWORD;
    var response = campus.as(email, password).header(ASK, "yes").get(path);
    response.then().statusCode(200);
    int count = Integer.parseInt(response.header(ANSWER));
    System.out.println("SQL statements of " + path + ": " + count);
    assertThat(count).isPositive();
    return count;
  }
}
