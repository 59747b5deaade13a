package org.virtualcampus.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.AttendanceFixture;
import org.virtualcampus.support.AttendanceFixture.Cohort;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.ReportFixture;

/**
 * The cohort dashboard, its CSV and PDF exports and certificates, on a cohort of three seeded
 * through the API: A attends everything and hands in both homework on time, B is late once and
 * hands in the second homework late, C misses every session and all homework.
 */
@ExtendWith(ArquillianExtension.class)
class CohortDashboardIT {
  @ArquillianResource URL deploymentUrl;
  Campus campus;
  AttendanceFixture fixture;
  ReportFixture reports;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    fixture = new AttendanceFixture(campus);
    reports = new ReportFixture(campus, fixture);
  }

  @Test
  void figuresExportsAndCertificatesOfASmallCohort() throws Exception {
    String m1 = reports.moduleWithHomework(fixture.course(), "Week 1");
    String m2 = reports.moduleWithHomework(fixture.course(), "Week 2");
    Cohort cohort = fixture.cohort("dash", 3);
    String a = cohort.educators().get(0);
    String b = cohort.educators().get(1);
    String c = cohort.educators().get(2);
    String path = "cohorts/" + cohort.id();

    // Nothing counts yet: the completion rule is not met, and says why.
    String refused =
        campus
            .as(a, Campus.PASSWORD)
            .post(path + "/certificate")
            .then()
            .statusCode(409)
            .extract()
            .jsonPath()
            .getString("detail");
    assertThat(refused).contains("no attendance has been taken yet", "0 of 2 modules");
    campus.as(a, Campus.PASSWORD).get(path + "/certificate").then().statusCode(404);

    reports.handIn(a, cohort.id(), m1);
    reports.handIn(a, cohort.id(), m2);
    reports.handIn(b, cohort.id(), m1);
    JsonPath early = reports.dashboard(cohort.id());
    assertThat(early.getInt("homework.modules[0].onTime")).isEqualTo(2);
    assertThat(early.getInt("homework.modules[0].pending")).isEqualTo(1);
    assertThat(early.getInt("homework.modules[0].missing")).isZero();
    assertThat(early.getList("risk.members")).isEmpty();

    Session s1 = fixture.session(cohort, "Day one", 1);
    Session s2 = fixture.session(cohort, "Day two", 2);
    Session s3 = fixture.session(cohort, "Day three", 3);
    fixture.moveTo(s1, Duration.ofMinutes(-5));
    reports.rollCall(s1, Map.of(c, "ABSENT"));
    fixture.moveTo(s2, Duration.ofMinutes(-5));
    reports.rollCall(s2, Map.of(b, "LATE", c, "ABSENT"));
    fixture.moveTo(s3, Duration.ofMinutes(-5));
    reports.rollCall(s3, Map.of(c, "ABSENT"));
    // Day 8: the homework (due day 6) is past due; B hands in the second one late.
    fixture.moveTo(s3, Duration.ofDays(5));
    reports.handIn(b, cohort.id(), m2);

    JsonPath d = reports.dashboard(cohort.id());
    assertThat(d.getInt("seats.taken")).isEqualTo(3);
    assertThat(d.getInt("seats.capacity")).isEqualTo(8);
    assertThat(d.getInt("seats.waitlist")).isZero();
    assertThat(d.getList("funnel.steps.step"))
        .containsExactly("invited", "opened", "interested", "offered", "enrolled", "completed");
    assertThat(d.getList("funnel.steps.count")).containsExactly(0, 0, 3, 3, 3, 0);
    assertThat(d.getFloat("funnel.steps[3].conversion")).isEqualTo(100.0f);
    assertThat(d.getString("funnel.steps[2].conversion")).isNull();
    assertThat(d.getFloat("funnel.steps[5].conversion")).isEqualTo(0.0f);
    // 5 present + 1 late × 0.8 over 9 counted = 64.4%; per session 2/3, 1.8/3, 2/3.
    assertThat(d.getFloat("attendance.cohort.percent")).isEqualTo(64.4f);
    assertThat(d.getList("attendance.sessions.percent", Float.class))
        .containsExactly(66.7f, 60.0f, 66.7f);
    assertThat(d.getList("attendance.members.percent", Float.class))
        .containsExactly(100.0f, 93.3f, 0.0f);
    assertThat(d.getString("attendance.definition"))
        .contains("weighted present and late over sessions held", "excused left out of both");
    assertThat(d.getList("homework.modules.title")).containsExactly("Week 1", "Week 2");
    assertThat(d.getList("homework.modules.onTime")).containsExactly(2, 1);
    assertThat(d.getList("homework.modules.late")).containsExactly(0, 1);
    assertThat(d.getList("homework.modules.missing")).containsExactly(1, 1);
    assertThat(d.getList("homework.modules.pending")).containsExactly(0, 0);
    assertThat(d.getList("homework.modules.accepted")).containsExactly(0, 0);
    // Modules without items are complete once handed in: A 2, B 2, C 0 of 3 × 2.
    assertThat(d.getFloat("homework.completion")).isEqualTo(66.7f);
    assertThat(d.getInt("homework.membersComplete")).isEqualTo(2);
    assertThat(d.getInt("practice.runs")).isZero();
    assertThat(d.getFloat("practice.participation")).isEqualTo(0.0f);
    assertThat(d.getString("practice.meanUsefulness")).isNull();
    assertThat(d.getInt("waitlist.promotions")).isZero();
    assertThat(d.getString("waitlist.definition")).isNotBlank();
    assertThat(d.getList("risk.members.name")).containsExactly("dashc2 Tester");
    assertThat(d.getList("risk.members[0].reasons"))
        .containsExactly("3 absences", "2 homework missing");

    // One click reminds the member at risk, and only them, through the outbox.
    campus.as(a, Campus.PASSWORD).post(path + "/risk-reminders").then().statusCode(403);
    campus
        .as(Campus.FACILITATOR)
        .post(path + "/risk-reminders")
        .then()
        .statusCode(200)
        .body("sent", org.hamcrest.Matchers.equalTo(1));
    campus
        .as(c, Campus.PASSWORD)
        .get("notifications/mine")
        .then()
        .statusCode(200)
        .body("items.kind", org.hamcrest.Matchers.hasItem("FALLING_BEHIND"));
    campus
        .as(a, Campus.PASSWORD)
        .get("notifications/mine")
        .then()
        .statusCode(200)
        .body(
            "items.kind",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("FALLING_BEHIND")));

    // Staff only: the educators and a facilitator of another cohort are refused.
    campus.as(a, Campus.PASSWORD).get(path + "/dashboard").then().statusCode(403);
    campus.as("facilitator2@campus.example").get(path + "/dashboard").then().statusCode(403);
    campus.as("facilitator2@campus.example").get(path + "/summary.pdf").then().statusCode(403);
    campus.as(a, Campus.PASSWORD).get(path + "/attendance.csv").then().statusCode(403);

    checkCsv(path, List.of(s1, s2, s3), fixture.memberId(c));
    checkPdf(path, d.getString("cohortName"));
    checkCertificates(path, a, c, d.getString("cohortName"));
    checkPage(cohort.id());
  }

  /** The page shows the same figures, each chart with its table. */
  private void checkPage(String cohort) {
    var session = campus.signInToPages(Campus.FACILITATOR, Campus.DEMO_PASSWORD);
    String html =
        io.restassured.RestAssured.given()
            .cookies(session)
            .get(campus.app().resolve("facilitator/dashboard.xhtml?cohort=" + cohort))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("Key figures", "64.4%", "dashc2 Tester", "Day two", "Week 2")
        .contains("funnelChart", "attendanceChart", "homeworkChart");
  }

  private void checkCsv(String path, List<Session> sessions, String absentee) throws Exception {
    var response = campus.as(Campus.FACILITATOR).get(path + "/attendance.csv");
    response.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
    byte[] bytes = response.asByteArray();
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    CSVFormat strict = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<CSVRecord> rows = strict.parse(new StringReader(text)).getRecords();
    assertThat(strict.parse(new StringReader(text)).getHeaderNames())
        .containsExactly(
            "member_id",
            "member_name",
            "session_id",
            "session_title",
            "session_start_utc",
            "session_end_utc",
            "status",
            "weight");
    assertThat(rows).hasSize(9);
    assertThat(rows).noneMatch(r -> r.get("member_id").equals("member_id"));
    assertThat(text).contains("\r\n");
    for (Session s : sessions) {
      List<CSVRecord> of = rows.stream().filter(r -> r.get("session_id").equals(s.id())).toList();
      assertThat(of).hasSize(3);
      assertThat(of).allMatch(r -> Instant.parse(r.get("session_start_utc")).equals(s.startsAt()));
      assertThat(of).allMatch(r -> Instant.parse(r.get("session_end_utc")).equals(s.endsAt()));
      assertThat(of.get(0).get("session_start_utc")).endsWith("Z");
    }
    assertThat(rows.stream().filter(r -> r.get("member_id").equals(absentee)))
        .allMatch(r -> r.get("status").equals("ABSENT") && r.get("weight").equals("0"));
    assertThat(rows.stream().filter(r -> r.get("status").equals("LATE")).toList())
        .singleElement()
        .matches(r -> r.get("weight").equals("0.8"));
  }

  private void checkPdf(String path, String cohortName) throws Exception {
    var response = campus.as(Campus.FACILITATOR).get(path + "/summary.pdf");
    response.then().statusCode(200).contentType("application/pdf");
    String text = pdfText(response.asByteArray());
    assertThat(text)
        .contains(
            "Cohort summary: " + cohortName,
            "Seats taken: 3 of 8",
            "Attendance: 64.4%",
            "Day two 1 1 1 0 60.0%",
            "Week 2 1 1 1 0 0",
            "dashc2 Tester 3 absences; 2 homework missing",
            "excused left out of both");
  }

  private void checkCertificates(String path, String a, String c, String cohortName)
      throws Exception {
    String refused =
        campus
            .as(c, Campus.PASSWORD)
            .post(path + "/certificate")
            .then()
            .statusCode(409)
            .extract()
            .jsonPath()
            .getString("detail");
    assertThat(refused).contains("attendance is 0.0%", "0 of 2 modules");

    JsonPath issued =
        campus
            .as(a, Campus.PASSWORD)
            .post(path + "/certificate")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String code = issued.getString("code");
    assertThat(code).hasSize(12);
    assertThat(issued.getInt("hours")).isEqualTo(30);
    campus.as(a, Campus.PASSWORD).post(path + "/certificate").then().statusCode(200);
    assertThat(
            campus.as(a, Campus.PASSWORD).get(path + "/certificate").jsonPath().getString("code"))
        .isEqualTo(code);

    JsonPath verified =
        campus.anonymous().get("certificates/" + code).then().statusCode(200).extract().jsonPath();
    assertThat(verified.getString("holderName")).isEqualTo("dasha0 Tester");
    assertThat(verified.getString("courseTitle")).isEqualTo("Test course");
    assertThat(verified.getString("cohortName")).isEqualTo(cohortName);
    assertThat(verified.getString("startsOn")).isNotBlank();
    assertThat(verified.getInt("hours")).isEqualTo(30);
    campus.anonymous().get("certificates/NOTAREALCODE").then().statusCode(404);

    var pdf = campus.as(a, Campus.PASSWORD).get(path + "/certificate.pdf");
    pdf.then().statusCode(200).contentType("application/pdf");
    assertThat(pdfText(pdf.asByteArray()))
        .contains("dasha0 Tester", "Test course", cohortName, "30 hours", code);
    campus.as(c, Campus.PASSWORD).get(path + "/certificate.pdf").then().statusCode(404);
  }

  /** The PDF's text with whitespace collapsed, so line breaks in tables do not matter. */
  static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
