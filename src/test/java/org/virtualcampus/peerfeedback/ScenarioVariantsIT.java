package org.virtualcampus.peerfeedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.AttendanceFixture;
import org.virtualcampus.support.AttendanceFixture.Cohort;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.HomeworkFixture;

/**
 * A role-play scenario told per pairing of professions: a round reads the variant for its giver's
 * and receiver's professions, else the scenario's own text; the receiver alone reads its brief; a
 * refused change (unknown profession, pairing twice) leaves the variants as they were; a course
 * copy takes them along (issue 11).
 */
@ExtendWith(ArquillianExtension.class)
class ScenarioVariantsIT {
  @ArquillianResource URL deploymentUrl;

  @Test
  void aRoundReadsTheVariantForItsGiverAndReceiverProfessionsElseTheDefault() {
    Campus campus = new Campus(deploymentUrl);
    AttendanceFixture fixture = new AttendanceFixture(campus);
    String item = scenario(campus, fixture.course());
    String variants = "items/" + item + "/variants";
    Cohort cohort = fixture.cohort("variant", List.of("NURSE", "PHYSICIAN", "PHARMACIST"));
    Map<String, String> professionById = new HashMap<>();
    Map<String, String> emailById = new HashMap<>();
    List<String> professions = List.of("NURSE", "PHYSICIAN", "PHARMACIST");
    for (int i = 0; i < 3; i++) {
      String id = fixture.memberId(cohort.educators().get(i));
      professionById.put(id, professions.get(i));
      emailById.put(id, cohort.educators().get(i));
    }

    campus
        .as(Campus.COORDINATOR)
        .body(
            Map.of(
                "variants",
                List.of(
                    variant("NURSE", "PHYSICIAN", "Kept?", null),
                    variant("NURSE", "ASTRONAUT", "Unknown", null))))
        .put(variants)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("variants[1].receiverProfession"));
    campus
        .as(Campus.COORDINATOR)
        .body(
            Map.of(
                "variants",
                List.of(
                    variant("NURSE", "PHYSICIAN", "One", null),
                    variant("NURSE", "PHYSICIAN", "Twice", null))))
        .put(variants)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("variants[1].receiverProfession"));
    campus.as(Campus.COORDINATOR).get(variants).then().statusCode(200).body("$", hasSize(0));

    Session session = fixture.session(cohort, "PEER_FEEDBACK", "Variant practice", 1, 90);
    String url = "sessions/" + session.id() + "/practice";
    fixture.moveTo(session, Duration.ofMinutes(-5));
    campus
        .as(Campus.FACILITATOR)
        .post("sessions/" + session.id() + "/roll-call/all-present")
        .then()
        .statusCode(200);
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("scenarioItemId", item, "conversationMinutes", 8, "feedbackMinutes", 7))
        .post(url + "/groups")
        .then()
        .statusCode(200);
    campus.as(Campus.FACILITATOR).post(url + "/rounds").then().statusCode(200);
    JsonPath board = campus.as(Campus.FACILITATOR).get(url).jsonPath();
    String giver = board.getString("groups[0].members.find { it.role == 'GIVER' }.memberId");
    String receiver = board.getString("groups[0].members.find { it.role == 'RECEIVER' }.memberId");
    String observer = board.getString("groups[0].members.find { it.role == 'OBSERVER' }.memberId");
    String giverProfession = professionById.get(giver);
    String receiverProfession = professionById.get(receiver);

    campus
        .as(Campus.COORDINATOR)
        .body(
            Map.of(
                "variants",
                List.of(
                    variant("DENTIST", "DENTIST", "Two dentists", "Dentist brief"),
                    variant(
                        giverProfession,
                        receiverProfession,
                        "A **variant** situation for this pairing.",
                        "The variant brief: you were covering two wards."))))
        .put(variants)
        .then()
        .statusCode(200)
        .body("receiverProfession", equalTo(List.of("DENTIST", receiverProfession)));

    JsonPath giverView =
        campus.as(emailById.get(giver), Campus.PASSWORD).get(url + "/mine").jsonPath();
    assertThat(giverView.getString("situationHtml")).contains("<strong>variant</strong>");
    assertThat(giverView.getString("briefHtml")).isNull();
    JsonPath receiverView =
        campus.as(emailById.get(receiver), Campus.PASSWORD).get(url + "/mine").jsonPath();
    assertThat(receiverView.getString("briefHtml")).contains("covering two wards");
    JsonPath observerView =
        campus.as(emailById.get(observer), Campus.PASSWORD).get(url + "/mine").jsonPath();
    assertThat(observerView.getString("situationHtml")).contains("variant");
    assertThat(observerView.getString("briefHtml")).isNull();

    // Round 2 has another giver, of another profession: no variant fits, the default is told.
    campus.as(Campus.FACILITATOR).post(url + "/rounds").then().statusCode(200);
    String giver2 =
        campus
            .as(Campus.FACILITATOR)
            .get(url)
            .jsonPath()
            .getString("groups[0].members.find { it.role == 'GIVER' }.memberId");
    assertThat(giver2).isNotEqualTo(giver);
    JsonPath second =
        campus.as(emailById.get(giver2), Campus.PASSWORD).get(url + "/mine").jsonPath();
    assertThat(second.getString("situationHtml")).contains("final-year nursing student");

    String copy =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("title", "Variant copy"))
            .post("courses/" + fixture.course() + "/copies")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String copiedItem =
        campus
            .as(Campus.COORDINATOR)
            .get("courses/" + copy + "/modules")
            .jsonPath()
            .getString("find { it.title == 'Variant scenarios' }.items[0].id");
    campus
        .as(Campus.COORDINATOR)
        .get("items/" + copiedItem + "/variants")
        .then()
        .statusCode(200)
        .body(
            "situation",
            equalTo(List.of("Two dentists", "A **variant** situation for this pairing.")));
  }

  @Test
  void theDemoScenarioIsToldForANurseGivingFeedbackToAPhysician() {
    Campus campus = new Campus(deploymentUrl);
    String course = null;
    for (int page = 0; course == null && page < 50; page++) {
      JsonPath courses =
          campus.as(Campus.COORDINATOR).get("courses?size=50&page=" + page).jsonPath();
      course = courses.getString("items.find { it.title == 'Feedback Conversations' }.id");
      if (courses.getList("items").isEmpty()) {
        break;
      }
    }
    assertThat(course).as("the demo course").isNotNull();
    String item =
        campus
            .as(Campus.COORDINATOR)
            .get("courses/" + course + "/modules")
            .jsonPath()
            .getString("items.flatten().find { it.content.kind == 'ROLE_PLAY' }.id");
    JsonPath variants = campus.as(Campus.COORDINATOR).get("items/" + item + "/variants").jsonPath();
    assertThat(variants.getList("giverProfession")).containsExactly("NURSE");
    assertThat(variants.getList("receiverProfession")).containsExactly("PHYSICIAN");
    assertThat(variants.getString("[0].privateBrief")).contains("You are the resident");
  }

  private static Map<String, Object> variant(
      String giver, String receiver, String situation, String brief) {
    Map<String, Object> v = new HashMap<>();
    v.put("giverProfession", giver);
    v.put("receiverProfession", receiver);
    v.put("situation", situation);
    v.put("privateBrief", brief);
    return v;
  }

  private static String scenario(Campus campus, String course) {
    String module = new HomeworkFixture(campus).openModule(course, "Variant scenarios");
    Map<String, Object> item = new HashMap<>();
    item.put("kind", "ROLE_PLAY");
    item.put("title", "The missed double-check");
    item.put("minutes", 20);
    item.put(
        "body",
        "You observed a final-year nursing student give an IV antibiotic without the second-person check.");
    item.put("privateBrief", "The ward was short-staffed.");
    return campus
        .as(Campus.COORDINATOR)
        .body(item)
        .post("modules/" + module + "/items")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("items[0].id");
  }
}
