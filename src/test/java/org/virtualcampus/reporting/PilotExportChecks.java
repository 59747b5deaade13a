package org.virtualcampus.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.PilotFixture;

/**
 * The pilot's exports and a certificate, checked against the same hand-worked figures as the
 * dashboard in {@link PilotReplayIT} (P0…P39 are the participants in name order).
 */
final class PilotExportChecks {
  private final Campus campus;
  private final PilotFixture pilot;

  PilotExportChecks(Campus campus, PilotFixture pilot) {
    this.campus = campus;
    this.pilot = pilot;
  }

  void check(String cohort, List<Session> sessions, List<String> p, String cohortName)
      throws Exception {
    String path = "cohorts/" + cohort;
    checkCsv(path, sessions, p);
    checkPdf(path, p, cohortName);
    checkCertificate(path, p);
  }

  /**
   * Read back strictly: the byte-order mark, then exactly one header row, then one row per
   * participant and session (200), each with the session's start and end.
   */
  private void checkCsv(String path, List<Session> sessions, List<String> p) throws Exception {
    var response = campus.as(Campus.FACILITATOR).get(path + "/attendance.csv");
    response.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
    byte[] bytes = response.asByteArray();
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    CSVFormat strict =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(false)
            .setIgnoreEmptyLines(false)
            .get();
    List<CSVRecord> rows;
    try (CSVParser parser = strict.parse(new StringReader(text))) {
      assertThat(parser.getHeaderNames())
          .containsExactly(
              "member_id",
              "member_name",
              "session_id",
              "session_title",
              "session_start_utc",
              "session_end_utc",
              "status",
              "weight");
      rows = parser.getRecords();
    }
    assertThat(rows).hasSize(200).allMatch(CSVRecord::isConsistent);
    assertThat(rows).noneMatch(r -> r.get("member_id").equals("member_id"));
    for (Session s : sessions) {
      List<CSVRecord> of = rows.stream().filter(r -> r.get("session_id").equals(s.id())).toList();
      assertThat(of).hasSize(40);
      assertThat(of).allMatch(r -> Instant.parse(r.get("session_start_utc")).equals(s.startsAt()));
      assertThat(of).allMatch(r -> Instant.parse(r.get("session_end_utc")).equals(s.endsAt()));
    }
    Map<String, Long> perMember =
        rows.stream()
            .collect(Collectors.groupingBy(r -> r.get("member_name"), Collectors.counting()));
    assertThat(perMember).hasSize(40).allSatisfy((name, count) -> assertThat(count).isEqualTo(5));
    assertThat(perMember.keySet())
        .containsExactlyInAnyOrderElementsOf(p.stream().map(pilot::name).toList());
    Map<String, Long> statuses =
        rows.stream().collect(Collectors.groupingBy(r -> r.get("status"), Collectors.counting()));
    assertThat(statuses)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("PRESENT", 195L, "LATE", 1L, "ABSENT", 3L, "EXCUSED", 1L));
    assertThat(rows.stream().filter(r -> r.get("status").equals("ABSENT")))
        .allMatch(r -> r.get("weight").equals("0"))
        .extracting(r -> r.get("member_name"))
        .containsExactlyInAnyOrder(
            pilot.name(p.get(39)), pilot.name(p.get(39)), pilot.name(p.get(36)));
    assertThat(rows.stream().filter(r -> r.get("status").equals("LATE")).toList())
        .singleElement()
        .matches(r -> r.get("weight").equals("0.8"))
        .matches(r -> r.get("member_name").equals(pilot.name(p.get(38))))
        .matches(r -> r.get("session_id").equals(sessions.get(2).id()));
  }

  private void checkPdf(String path, List<String> p, String cohortName) throws Exception {
    var response = campus.as(Campus.FACILITATOR).get(path + "/summary.pdf");
    response.then().statusCode(200).contentType("application/pdf");
    String text = CohortDashboardIT.pdfText(response.asByteArray());
    assertThat(text)
        .contains(
            "Cohort summary: " + cohortName,
            "Seats taken: 40 of 40",
            "Waitlist: 18",
            "Attendance: 98.4%",
            "Completion: 90.0%",
            "Waitlist promotions: 2; median wait (days): 7.0",
            "invited 100 –",
            "opened 60 60.0%",
            "interested 60 100.0%",
            "offered 42 70.0%",
            "enrolled 42 100.0%",
            "completed 0 0.0%",
            "Week 1 class 39 0 1 0 97.5%",
            "Week 3 class 39 1 0 0 99.5%",
            "Week 4 class 39 0 0 1 100.0%",
            pilot.name(p.get(39)) + " 3 0 2 0 60.0%",
            pilot.name(p.get(38)) + " 4 1 0 0 96.0%",
            "Module 1 38 1 1 0 0",
            "Module 4 33 1 6 0 0",
            "Module 5 32 1 7 0 0",
            pilot.name(p.get(39)) + " 2 absences; 5 homework missing",
            pilot.name(p.get(33)) + " 3 homework missing");
  }

  /**
   * P0 (everything attended, one homework late) earns a certificate whose code verifies without
   * signing in, through the API and on the public page; P39 does not meet the rule; a made-up code
   * verifies nothing.
   */
  private void checkCertificate(String path, List<String> p) {
    campus.as(p.get(39), Campus.PASSWORD).post(path + "/certificate").then().statusCode(409);
    String code =
        campus
            .as(p.get(0), Campus.PASSWORD)
            .post(path + "/certificate")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("code");
    JsonPath verified =
        campus.anonymous().get("certificates/" + code).then().statusCode(200).extract().jsonPath();
    assertThat(verified.getString("holderName")).isEqualTo(pilot.name(p.get(0)));
    assertThat(verified.getString("courseTitle")).isEqualTo("Test course");
    assertThat(verified.getInt("hours")).isEqualTo(30);
    campus.anonymous().get("certificates/MADEUPCODE12").then().statusCode(404);

    // The public page, without signing in.
    String page =
        io.restassured.RestAssured.given()
            .get(campus.app().resolve("certificate.xhtml?code=" + code))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("Valid certificate of completion", pilot.name(p.get(0)), "Test course")
        .contains("<dd id=\"hours\">30</dd>");
    String madeUp =
        io.restassured.RestAssured.given()
            .get(campus.app().resolve("certificate.xhtml?code=MADEUPCODE12"))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(madeUp)
        .contains("No certificate has the code MADEUPCODE12")
        .doesNotContain("Valid certificate of completion");
  }
}
