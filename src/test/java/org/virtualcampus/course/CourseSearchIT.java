package org.virtualcampus.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;

/** Finding courses by part of their title, as the cohort form's search-as-you-type field does. */
@ExtendWith(ArquillianExtension.class)
class CourseSearchIT {
  @ArquillianResource URL deploymentUrl;
  Campus campus;
  String suffix;

  @BeforeEach
  void courses() {
    campus = new Campus(deploymentUrl);
    suffix = UUID.randomUUID().toString().substring(0, 8);
    for (String title :
        new String[] {
          "Sepsis handover " + suffix,
          "Ward HANDOVER " + suffix + " drill",
          "Discharge " + suffix,
          "Dose 5% " + suffix,
          "Dose 50 " + suffix
        }) {
      campus
          .as(Campus.COORDINATOR)
          .body(Map.of("title", title, "summary", "For search", "weeks", 2, "weeklyHours", 1))
          .post("courses")
          .then()
          .statusCode(201);
    }
  }

  private JsonPath search(String q, int size) {
    return campus
        .as(Campus.COORDINATOR)
        .queryParam("q", q)
        .queryParam("size", size)
        .get("courses")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void anyPartOfTheTitleInAnyCaseFindsTheCoursesByTitle() {
    JsonPath found = search("handover " + suffix.toUpperCase(), 20);
    assertThat(found.getList("items.title", String.class))
        .containsExactly("Sepsis handover " + suffix, "Ward HANDOVER " + suffix + " drill");
    assertThat(found.getLong("total")).isEqualTo(2);
  }

  @Test
  void percentAndUnderscoreMatchThemselves() {
    assertThat(search("5% " + suffix, 20).getList("items.title", String.class))
        .containsExactly("Dose 5% " + suffix);
    assertThat(search("dose 5_ " + suffix, 20).getList("items")).isEmpty();
  }

  @Test
  void oneBoundedPageWithTheCountOfAllThatMatch() {
    JsonPath found = search(suffix, 2);
    assertThat(found.getList("items")).hasSize(2);
    assertThat(found.getLong("total")).isEqualTo(5);
  }
}
