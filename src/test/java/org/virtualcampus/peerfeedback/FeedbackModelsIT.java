package org.virtualcampus.peerfeedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/**
 * Feedback models as data: shipped templates, a coordinator's own, a course's choice (issue 11).
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackModelsIT {
  @ArquillianResource URL deploymentUrl;

  @Test
  void templatesShipACoordinatorDefinesAModelAndACoursePicksOne() {
    Campus campus = new Campus(deploymentUrl);
    JsonPath all =
        campus
            .as(Campus.FACILITATOR)
            .get("feedback-models")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(all.getList("name"))
        .contains("Ask-Tell-Ask", "Pendleton's rules", "R2C2", "PEARLS", "SET-GO");
    assertThat(all.getList("find { it.name == 'R2C2' }.elements.key"))
        .containsExactly("relationship", "reactions", "content", "coaching");
    campus.as(Campus.EDUCATOR).get("feedback-models").then().statusCode(403);

    String name = "Debrief " + java.util.UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> form =
        Map.of(
            "name",
            name,
            "summary",
            "Our own",
            "elements",
            List.of(
                Map.of("title", "Set the scene"),
                Map.of("title", "Ask for the learner's view", "description", "Open question")));
    JsonPath made =
        campus
            .as(Campus.COORDINATOR)
            .body(form)
            .post("feedback-models")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(made.getList("elements.key"))
        .containsExactly("set-the-scene", "ask-for-the-learner-s-view");
    campus.as(Campus.COORDINATOR).body(form).post("feedback-models").then().statusCode(409);
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("name", "Empty", "elements", List.of()))
        .post("feedback-models")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("elements"));
    campus.as(Campus.FACILITATOR).body(form).post("feedback-models").then().statusCode(403);

    String course = new CohortFixture(campus).course();
    String url = "courses/" + course + "/feedback-model";
    campus
        .as(Campus.FACILITATOR)
        .get(url)
        .then()
        .statusCode(200)
        .body("name", equalTo("Ask-Tell-Ask"));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("modelId", made.getString("id")))
        .put(url)
        .then()
        .statusCode(200)
        .body("name", equalTo(name));
    campus.as(Campus.FACILITATOR).get(url).then().statusCode(200).body("name", equalTo(name));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("modelId", "no-such-model"))
        .put(url)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("modelId"));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("modelId", made.getString("id")))
        .put(url)
        .then()
        .statusCode(403);
    // Back to the template for the other tests of the shared course.
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("modelId", all.getString("find { it.name == 'Ask-Tell-Ask' }.id")))
        .put(url)
        .then()
        .statusCode(200);
  }
}
