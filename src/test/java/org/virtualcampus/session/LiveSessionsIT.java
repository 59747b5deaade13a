package org.virtualcampus.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;
import org.virtualcampus.support.HomeworkFixture;

/**
 * Sessions scheduled alone or weekly in the cohort's zone, changed and cancelled one at a time or
 * as a series, and what calendar apps read: the .ics download and the personal feed, parsed back
 * with iCal4j (issue 10, sessions and calendars).
 */
@ExtendWith(ArquillianExtension.class)
class LiveSessionsIT {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  private static Map<String, Object> session(String title, LocalDateTime at, int weeks) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PEER_FEEDBACK");
    body.put("title", title);
    body.put("startsAt", at.toString());
    body.put("minutes", 90);
    body.put("joinUrl", "https://meet.example.org/practice");
    body.put("weeks", weeks);
    return body;
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  @Test
  void aWeeklySeriesKeepsItsLocalTimeAndCalendarsFollowEveryChange() throws Exception {
    String facilitatorId =
        campus.as(Campus.FACILITATOR).get("members/me").jsonPath().getString("id");
    Map<String, Object> plan = cohorts.plan(5);
    plan.put("facilitatorIds", List.of(facilitatorId));
    String cohort = cohorts.open(plan);
    String educator = campus.newEducator("sessions");
    cohorts.request(cohort, educator);
    LocalDate start = LocalDate.parse((String) plan.get("startsOn"));
    LocalDateTime first = start.plusDays(2).atTime(18, 0);

    JsonPath series =
        campus
            .as(Campus.FACILITATOR)
            .body(session("Practice", first, 4))
            .post("cohorts/" + cohort + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(series.getList("id")).hasSize(4);
    // Each at 18:00 in the cohort's zone, whatever the offset that week.
    for (int i = 0; i < 4; i++) {
      assertThat(java.time.Instant.parse(series.getString("[" + i + "].startsAt")))
          .isEqualTo(first.plusWeeks(i).atZone(CHICAGO).toInstant());
    }
    String second = series.getString("[1].id");

    // Educators see them and cannot schedule; a session outside the cohort's dates is refused.
    campus
        .as(educator, Campus.PASSWORD)
        .get("cohorts/" + cohort + "/sessions")
        .then()
        .statusCode(200)
        .body("sessions.size()", equalTo(4))
        .body("timeZone", equalTo("America/Chicago"));
    campus
        .as(educator, Campus.PASSWORD)
        .body(session("Mine", first, 1))
        .post("cohorts/" + cohort + "/sessions")
        .then()
        .statusCode(403);
    campus
        .as(Campus.FACILITATOR)
        .body(session("Late", first.plusWeeks(20), 1))
        .post("cohorts/" + cohort + "/sessions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("startsAt"));
    campus
        .as(Campus.FACILITATOR)
        .body(session("Long", first, 40))
        .post("cohorts/" + cohort + "/sessions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("weeks"));
    Map<String, Object> zero = session("Zero", first, 1);
    zero.put("minutes", 0);
    campus
        .as(Campus.FACILITATOR)
        .body(zero)
        .post("cohorts/" + cohort + "/sessions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("minutes"));

    // One occurrence moves half an hour: same UID, SEQUENCE 1.
    campus
        .as(Campus.FACILITATOR)
        .body(session("Practice", first.plusWeeks(1).plusMinutes(30), 1))
        .put("sessions/" + second)
        .then()
        .statusCode(200)
        .body("[0].sequence", equalTo(1));
    String ics =
        campus
            .as(educator, Campus.PASSWORD)
            .accept("text/calendar")
            .get("sessions/" + second + "/calendar")
            .then()
            .statusCode(200)
            .contentType(containsString("text/calendar"))
            .extract()
            .asString();
    VEvent moved = (VEvent) parse(ics).getComponent("VEVENT").orElseThrow();
    assertThat(moved.getUid().orElseThrow().getValue()).isEqualTo(second + "@virtual-campus");
    assertThat(moved.getSequence().orElseThrow().getSequenceNo()).isEqualTo(1);
    assertThat(ics)
        .contains(
            "DTSTART;TZID=America/Chicago:"
                + first.plusWeeks(1).plusMinutes(30).toString().replace("-", "").replace(":", "")
                + "00");
    assertThat(ics).contains("BEGIN:VTIMEZONE", "https://meet.example.org/practice");

    // The whole series moves an hour later; then the last one is cancelled.
    campus
        .as(Campus.FACILITATOR)
        .queryParam("series", "true")
        .body(session("Practice (new time)", first.plusHours(1), 1))
        .put("sessions/" + series.getString("[0].id"))
        .then()
        .statusCode(200)
        .body("size()", equalTo(4));
    campus
        .as(Campus.FACILITATOR)
        .delete("sessions/" + series.getString("[3].id"))
        .then()
        .statusCode(200)
        .body("[0].status", equalTo("CANCELLED"));

    // The educator's feed has them all, the last one cancelled; a reset address retires the old.
    String address =
        campus
            .as(educator, Campus.PASSWORD)
            .post("calendar-feeds/mine")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("url");
    assertThat(address).contains("/api/v1/calendar-feeds/");
    String path = "calendar-feeds/" + address.substring(address.lastIndexOf('/') + 1);
    String feed =
        campus
            .anonymous()
            .accept("text/calendar")
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Calendar calendar = parse(feed);
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(4);
    assertThat(
            events.stream().filter(e -> e.getStatus().orElseThrow().getValue().equals("CANCELLED")))
        .hasSize(1);
    assertThat(events.stream().map(e -> e.getSummary().orElseThrow().getValue()).distinct())
        .containsExactly("Practice (new time)");
    campus
        .as(educator, Campus.PASSWORD)
        .get("calendar-feeds/mine")
        .then()
        .body("exists", equalTo(true))
        .body("url", equalTo(null));
    campus.as(educator, Campus.PASSWORD).post("calendar-feeds/mine").then().statusCode(200);
    campus.anonymous().get(path).then().statusCode(404);

    // Upcoming for the educator: the three still scheduled ones come first.
    JsonPath upcoming = campus.as(educator, Campus.PASSWORD).get("sessions/upcoming").jsonPath();
    assertThat(upcoming.getList("id")).contains(series.getString("[0].id"));
    // Someone outside the cohort learns nothing of its sessions.
    campus
        .as(campus.newEducator("stranger"), Campus.PASSWORD)
        .get("sessions/" + second + "/calendar")
        .then()
        .statusCode(404);
  }

  @Test
  void peopleAreRemindedADayAndAnHourBeforeOnceEach() {
    String facilitatorId =
        campus.as(Campus.FACILITATOR).get("members/me").jsonPath().getString("id");
    Map<String, Object> plan = cohorts.plan(5);
    plan.put("facilitatorIds", List.of(facilitatorId));
    String cohort = cohorts.open(plan);
    String educator = campus.newEducator("reminded");
    cohorts.request(cohort, educator);
    LocalDateTime at = LocalDate.parse((String) plan.get("startsOn")).plusDays(1).atTime(18, 0);
    campus
        .as(Campus.FACILITATOR)
        .body(session("Reminded", at, 1))
        .post("cohorts/" + cohort + "/sessions")
        .then()
        .statusCode(201);
    java.time.Instant start = at.atZone(CHICAGO).toInstant();

    campus.advanceClock(
        java.time.Duration.between(campus.now(), start.minus(java.time.Duration.ofHours(23))));
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(() -> reminders(educator) == 1);
    campus.advanceClock(
        java.time.Duration.between(campus.now(), start.minus(java.time.Duration.ofMinutes(50))));
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(() -> reminders(educator) == 2);
    org.awaitility.Awaitility.await()
        .during(java.time.Duration.ofSeconds(3))
        .atMost(java.time.Duration.ofSeconds(10))
        .until(() -> reminders(educator) == 2);
  }

  private long reminders(String educator) {
    return campus
        .as(educator, Campus.PASSWORD)
        .queryParam("size", 200)
        .get("notifications/mine")
        .jsonPath()
        .getList("items.kind")
        .stream()
        .filter("SESSION_REMINDER"::equals)
        .count();
  }

  @Test
  void sessionsListMaterialsFromTheCohortsOwnCourseOnly() {
    HomeworkFixture material = new HomeworkFixture(campus);
    String course = cohorts.course();
    String module = material.openModule(course, "Prepare");
    Map<String, Object> reading = new HashMap<>();
    reading.put("kind", "READING");
    reading.put("title", "The Ask-Tell-Ask model");
    reading.put("minutes", 15);
    reading.put("body", "Read before the session.");
    String item =
        campus
            .as(Campus.COORDINATOR)
            .body(reading)
            .post("modules/" + module + "/items")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("items.find { it.content.title == 'The Ask-Tell-Ask model' }.id");
    String facilitatorId =
        campus.as(Campus.FACILITATOR).get("members/me").jsonPath().getString("id");
    Map<String, Object> plan = cohorts.plan(5);
    plan.put("facilitatorIds", List.of(facilitatorId));
    String cohort = cohorts.open(plan);
    String educator = campus.newEducator("materials");
    cohorts.request(cohort, educator);
    LocalDateTime at = LocalDate.parse((String) plan.get("startsOn")).plusDays(1).atTime(9, 0);

    Map<String, Object> body = session("Practice", at, 1);
    body.put("materialItemIds", List.of("00000000-0000-0000-0000-000000000000"));
    campus
        .as(Campus.FACILITATOR)
        .body(body)
        .post("cohorts/" + cohort + "/sessions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("materialItemIds"));
    body.put("materialItemIds", List.of(item));
    campus
        .as(Campus.FACILITATOR)
        .body(body)
        .post("cohorts/" + cohort + "/sessions")
        .then()
        .statusCode(201)
        .body("[0].materials[0].title", equalTo("The Ask-Tell-Ask model"))
        .body("[0].materials[0].moduleTitle", equalTo("Prepare"));
    campus
        .as(educator, Campus.PASSWORD)
        .get("cohorts/" + cohort + "/sessions")
        .then()
        .statusCode(200)
        .body("sessions[0].materials[0].itemId", equalTo(item))
        .body("materialChoices.size()", equalTo(0));
    campus
        .as(educator, Campus.PASSWORD)
        .get("sessions/upcoming")
        .then()
        .statusCode(200)
        .body(
            "find { it.cohortId == '" + cohort + "' }.materials[0].title",
            equalTo("The Ask-Tell-Ask model"));
  }
}
