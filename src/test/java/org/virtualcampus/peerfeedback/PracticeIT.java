package org.virtualcampus.peerfeedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * A peer feedback session of 40 with 3 absent: groups from those checked in, a round, the three
 * forms and a coach's comment, and the giver's portfolio; the receiver's brief never reaches the
 * giver (issue 11).
 */
@ExtendWith(ArquillianExtension.class)
class PracticeIT {
  @ArquillianResource URL deploymentUrl;

  @Test
  void thirtySevenCheckedInPractiseInElevenTriadsAndAFourAndTheGiverReadsItAll() throws Exception {
    Campus campus = new Campus(deploymentUrl);
    AttendanceFixture fixture = new AttendanceFixture(campus);
    String scenario = scenario(campus, fixture.course());
    Cohort cohort = fixture.cohort("triad", 40);
    Session session = fixture.session(cohort, "PEER_FEEDBACK", "Practice 1", 1, 90);
    String url = "sessions/" + session.id() + "/practice";
    Map<String, String> emailById = new HashMap<>();
    for (String email : cohort.educators()) {
      emailById.put(fixture.memberId(email), email);
    }

    campus.as(Campus.FACILITATOR).post(url + "/rounds").then().statusCode(409);
    fixture.moveTo(session, Duration.ofMinutes(-5));
    campus.as(Campus.FACILITATOR).body(Map.of()).post(url + "/groups").then().statusCode(409);
    campus
        .as(Campus.FACILITATOR)
        .post("sessions/" + session.id() + "/roll-call/all-present")
        .then()
        .statusCode(200);
    List<String> absent = new ArrayList<>(emailById.keySet()).subList(0, 3);
    for (String id : absent) {
      campus
          .as(Campus.FACILITATOR)
          .body(Map.of("status", "ABSENT"))
          .put("sessions/" + session.id() + "/roll-call/" + id)
          .then()
          .statusCode(200);
    }

    JsonPath board =
        campus
            .as(Campus.FACILITATOR)
            .body(
                Map.of("scenarioItemId", scenario, "conversationMinutes", 8, "feedbackMinutes", 7))
            .post(url + "/groups")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<List<String>> groups = board.getList("groups.members.memberId");
    assertThat(groups).hasSize(12);
    assertThat(groups.stream().filter(g -> g.size() == 3)).hasSize(11);
    assertThat(groups.stream().filter(g -> g.size() == 4)).hasSize(1);
    Set<String> grouped = new HashSet<>();
    groups.forEach(grouped::addAll);
    assertThat(grouped).hasSize(37).doesNotContainAnyElementsOf(absent);
    assertThat(board.getInt("round")).isZero();

    int fourIndex = groups.indexOf(groups.stream().filter(g -> g.size() == 4).findFirst().get());
    List<String> triad = groups.stream().filter(g -> g.size() == 3).findFirst().get();
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("memberId", triad.get(0), "group", fourIndex + 1))
        .post(url + "/moves")
        .then()
        .statusCode(409);

    int triadNumber = groups.indexOf(triad) + 1;
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("url", "http://meet.example.org/room"))
        .put(url + "/groups/" + triadNumber + "/breakout-url")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("url"));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("url", "https://meet.example.org/room-" + triadNumber))
        .put(url + "/groups/" + triadNumber + "/breakout-url")
        .then()
        .statusCode(200)
        .body(
            "groups.find { it.number == " + triadNumber + " }.breakoutUrl",
            equalTo("https://meet.example.org/room-" + triadNumber));

    campus
        .as(Campus.FACILITATOR)
        .post(url + "/rounds")
        .then()
        .statusCode(200)
        .body("round", equalTo(1));
    String giver = emailById.get(triad.get(0));
    String receiver = emailById.get(triad.get(1));
    String observer = emailById.get(triad.get(2));
    campus
        .as(giver, Campus.PASSWORD)
        .get(url + "/mine")
        .then()
        .statusCode(200)
        .body("role", equalTo("GIVER"))
        .body("breakoutUrl", equalTo("https://meet.example.org/room-" + triadNumber))
        .body("briefHtml", nullValue())
        .body("scenarioTitle", equalTo("The missed double-check"));
    String brief =
        campus.as(receiver, Campus.PASSWORD).get(url + "/mine").jsonPath().getString("briefHtml");
    assertThat(brief).contains("short-staffed");
    JsonPath observerView = campus.as(observer, Campus.PASSWORD).get(url + "/mine").jsonPath();
    assertThat(observerView.getString("role")).isEqualTo("OBSERVER");
    assertThat(observerView.getString("briefHtml")).isNull();
    List<String> elements = observerView.getList("elements.key");
    assertThat(elements).containsExactly("ask", "tell", "ask-again");

    String form = url + "/rounds/1/form";
    campus
        .as(observer, Campus.PASSWORD)
        .body(Map.of("ratings", List.of(Map.of("element", "tell", "observation", "SOMETIMES"))))
        .put(form)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ratings.tell"));
    List<Map<String, Object>> ratings = new ArrayList<>();
    ratings.add(
        Map.of("element", "ask", "observation", "OBSERVED", "comment", "Open question first"));
    ratings.add(Map.of("element", "tell", "observation", "PARTLY"));
    ratings.add(Map.of("element", "ask-again", "observation", "NOT_OBSERVED"));
    campus
        .as(observer, Campus.PASSWORD)
        .body(
            Map.of(
                "ratings",
                ratings,
                "keep",
                "The opening question",
                "tryNext",
                "Agree a plan",
                "submit",
                true))
        .put(form)
        .then()
        .statusCode(200)
        .body("kind", equalTo("OBSERVER"));
    campus
        .as(receiver, Campus.PASSWORD)
        .body(Map.of("usefulness", 7, "submit", true))
        .put(form)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("usefulness"));
    campus
        .as(receiver, Campus.PASSWORD)
        .body(Map.of("usefulness", 4, "helped", "Being asked first", "submit", true))
        .put(form)
        .then()
        .statusCode(200);
    campus
        .as(giver, Campus.PASSWORD)
        .body(Map.of("text", "I would ask about the registrar sooner.", "submit", true))
        .put(form)
        .then()
        .statusCode(200);
    campus
        .as(emailById.get(absent.get(0)), Campus.PASSWORD)
        .body(Map.of("text", "Not there", "submit", true))
        .put(form)
        .then()
        .statusCode(403);
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("text", "Good use of silence."))
        .put(url + "/rounds/1/coaching/" + triad.get(0))
        .then()
        .statusCode(200);

    JsonPath after =
        campus.as(Campus.FACILITATOR).get(url).then().statusCode(200).extract().jsonPath();
    assertThat(
            after.getList(
                "groups.find { it.members.memberId.contains('"
                    + triad.get(0)
                    + "') }.members.formSubmitted"))
        .containsOnly(true);

    JsonPath portfolio =
        campus
            .as(giver, Campus.PASSWORD)
            .get("portfolio")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(portfolio.getList("rounds")).hasSize(1);
    assertThat(portfolio.getList("rounds[0].observers[0].ratings.observation"))
        .containsExactly("OBSERVED", "PARTLY", "NOT_OBSERVED");
    assertThat(portfolio.getInt("rounds[0].receivers[0].usefulness")).isEqualTo(4);
    assertThat(portfolio.getString("rounds[0].coaches[0].text")).isEqualTo("Good use of silence.");
    assertThat(portfolio.getString("rounds[0].reflection.text")).startsWith("I would ask");
    assertThat(portfolio.getFloat("meanUsefulness")).isEqualTo(4.0f);
    // The cohort dashboard charts the session's usefulness (through this feature's reports).
    JsonPath dashboard =
        campus
            .as(Campus.FACILITATOR)
            .get("cohorts/" + cohort.id() + "/dashboard")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(dashboard.getList("practice.sessions.title")).containsExactly("Practice 1");
    assertThat(dashboard.getFloat("practice.sessions[0].meanUsefulness")).isEqualTo(4.0f);
    assertThat(portfolio.getList("trends.element")).containsExactly("ask", "tell", "ask-again");
    assertThat(portfolio.getFloat("trends[1].points[0].observed")).isEqualTo(0.5f);

    byte[] pdf =
        campus
            .as(giver, Campus.PASSWORD)
            .accept("application/pdf")
            .get("portfolio/pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Table cells wrap, so words are compared with the line breaks taken out.
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Feedback portfolio of", "I would ask about the registrar sooner.");
      assertThat(text).contains("Ask: observed; Tell: partly; Ask: not observed", "4/5");
    }

    JsonPath figures =
        campus
            .as(Campus.FACILITATOR)
            .get("cohorts/" + cohort.id() + "/practice-figures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(figures.getInt("sessions[0].groups")).isEqualTo(12);
    assertThat(figures.getInt("sessions[0].roundsHeld")).isEqualTo(1);
    assertThat(figures.getInt("sessions[0].formsDue")).isEqualTo(37);
    assertThat(figures.getInt("sessions[0].formsSubmitted")).isEqualTo(3);
    assertThat(figures.getFloat("sessions[0].meanUsefulness")).isEqualTo(4.0f);
    assertThat(figures.getString("notObserved[0].element")).isEqualTo("ask-again");
    campus
        .as(giver, Campus.PASSWORD)
        .get("cohorts/" + cohort.id() + "/practice-figures")
        .then()
        .statusCode(403);
  }

  /** The role-play scenario of the sample course, as a ROLE_PLAY item of the shared course. */
  private static String scenario(Campus campus, String course) {
    String module = new HomeworkFixture(campus).openModule(course, "Practice scenarios");
    Map<String, Object> item = new HashMap<>();
    item.put("kind", "ROLE_PLAY");
    item.put("title", "The missed double-check");
    item.put("minutes", 20);
    item.put(
        "body",
        "You observed a final-year nursing student give an IV antibiotic without the second-person check.");
    item.put("privateBrief", "The ward was short-staffed and you felt rushed by the registrar.");
    return campus
        .as(Campus.COORDINATOR)
        .body(item)
        .post("modules/" + module + "/items")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("items.find { it.content.title == 'The missed double-check' }.id");
  }
}
