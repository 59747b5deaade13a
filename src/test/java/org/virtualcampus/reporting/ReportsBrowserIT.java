package org.virtualcampus.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.virtualcampus.support.AttendanceFixture;
import org.virtualcampus.support.AttendanceFixture.Cohort;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Axe;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.ReportFixture;

/**
 * The dashboard, certificates and the risk rule in headless Chromium: a facilitator sees the
 * dashboard's charts and their tables, another facilitator does not; an educator who meets the
 * completion rule sees it and downloads the certificate, whose code the public page verifies; a
 * made-up code is not found; one who does not meet it gets no download. A coordinator sets the
 * course's risk rule on the course page, a threshold below one refused next to its field.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class ReportsBrowserIT {
  @ArquillianResource URL deploymentUrl;
  Campus campus;
  AttendanceFixture fixture;
  ReportFixture reports;
  Browser pages;

  @BeforeEach
  void open() {
    campus = new Campus(deploymentUrl);
    fixture = new AttendanceFixture(campus);
    reports = new ReportFixture(campus, fixture);
    pages = new Browser(campus.app());
  }

  @AfterEach
  void close() {
    pages.close();
  }

  @Test
  void anEducatorWhoMeetsTheRuleDownloadsACertificateThatVerifiesPublicly() {
    String module = reports.moduleWithHomework(fixture.course(), "Week 1");
    Cohort cohort = fixture.cohort("cert", 2);
    String done = cohort.educators().get(0);
    String behind = cohort.educators().get(1);
    reports.handIn(done, cohort.id(), module);
    Session session = fixture.session(cohort, "Only class", 1);
    fixture.moveTo(session, Duration.ofMinutes(-5));
    reports.rollCall(session, Map.of(behind, "ABSENT"));

    pages.signIn(done, Campus.PASSWORD);

    pages.waitForText("#nav\\:signedInAs", "Signed in as");
    pages.open("me/certificates.xhtml");
    String card = pages.text("#certificates");
    assertThat(card)
        .contains(
            "Attendance: 100.0% (at least 80% needed)",
            "Homework done in 1 of 1 modules (at least 80% needed)",
            "You meet the completion rule");
    assertThat(pages.driver().findElements(By.cssSelector(".ui-progressbar"))).hasSize(2);
    assertThat(Axe.violations(pages.driver())).isEmpty();
    pages.click("certificates:cohorts:0:download");
    // The download issued the certificate: the API now has it.
    String path = "cohorts/" + cohort.id() + "/certificate";
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> campus.as(done, Campus.PASSWORD).get(path).statusCode() == 200);
    String code = campus.as(done, Campus.PASSWORD).get(path).jsonPath().getString("code");

    pages.open("me/certificates.xhtml");
    pages.waitForText("#certificates", code);
    pages.click("certificates:cohorts:0:verify");
    pages.waitForText("#valid", "certa0 Tester");
    assertThat(pages.text("#valid")).contains("Test course", "30");
    assertThat(Axe.violations(pages.driver())).isEmpty();

    // Without signing in, anyone can check a code; a made-up one is not found.
    Browser visitor = new Browser(campus.app());
    try {
      visitor.open("certificate.xhtml?code=" + code);
      visitor.waitForText("#holder", "certa0 Tester");
      assertThat(visitor.text("#hours")).isEqualTo("30");
      visitor.type("code", "MADEUPCODE99");
      visitor.click("verify");
      visitor.waitForText("#unknown", "No certificate has the code MADEUPCODE99");
      assertThat(visitor.driver().findElements(By.id("valid"))).isEmpty();
      assertThat(Axe.violations(visitor.driver())).isEmpty();
    } finally {
      visitor.close();
    }

    Browser other = new Browser(campus.app());
    try {
      other.signIn(behind, Campus.PASSWORD);
      other.waitForText("#nav\\:signedInAs", "Signed in as");
      other.open("me/certificates.xhtml");
      other.waitForText("#certificates", "Not met yet.");
      assertThat(other.text("#certificates")).contains("Attendance: 0.0%", "0 of 1 modules");
      assertThat(other.driver().findElements(By.id("certificates:cohorts:0:download"))).isEmpty();
    } finally {
      other.close();
    }
  }

  @Test
  void theDashboardShowsItsChartsWithTablesToItsFacilitatorOnly() {
    reports.moduleWithHomework(fixture.course(), "Week 1");
    Cohort cohort = fixture.cohort("chart", 2);
    Session session = fixture.session(cohort, "Charted class", 1);
    fixture.moveTo(session, Duration.ofMinutes(-5));
    reports.rollCall(session, Map.of(cohort.educators().get(1), "LATE"));
    String page = "facilitator/dashboard.xhtml?cohort=" + cohort.id();

    pages.signIn(Campus.FACILITATOR, Campus.DEMO_PASSWORD);

    pages.waitForText("#nav\\:signedInAs", "Signed in as");
    pages.open(page);
    pages.find("#keyTitle");
    for (String chart : new String[] {"funnelChart", "attendanceChart", "homeworkChart"}) {
      assertThat(pages.find("#" + chart + " canvas").getSize().getHeight())
          .as(chart + " is drawn")
          .isPositive();
    }
    // The tables say the same for screen readers: 1 + 0.8 over 2 = 90.0%.
    pages.waitForText("#sessions", "Charted class");
    assertThat(pages.text("#sessions")).contains("90.0%");
    assertThat(pages.text("#modules")).contains("Week 1");
    assertThat(pages.text("#funnel")).contains("Interested");
    assertThat(Axe.violations(pages.driver())).isEmpty();

    Browser other = new Browser(campus.app());
    try {
      other.signIn("facilitator2@campus.example", Campus.DEMO_PASSWORD);
      other.waitForText("#nav\\:signedInAs", "Signed in as");
      other.open(page);
      other.find("#messages li");
      assertThat(other.driver().findElements(By.id("keyTitle"))).isEmpty();
      assertThat(other.driver().findElements(By.cssSelector("canvas"))).isEmpty();
    } finally {
      other.close();
    }
  }

  @Test
  void aCoordinatorSetsTheCoursesRiskRuleOnTheCoursePage() {
    String course = fixture.course();
    pages.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Signed in as");
    pages.open("coordinator/course.xhtml?id=" + course);
    pages.find("#riskRuleTitle");
    pages.type("riskRule:absences_input", "0");
    pages.click("riskRule:saveRiskRule");
    pages.waitForText("#riskRule", "absences must be between 1 and 100");
    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .get("courses/" + course + "/risk-rule")
                .jsonPath()
                .getInt("absences"))
        .isEqualTo(2);

    pages.type("riskRule:absences_input", "3");
    pages.type("riskRule:missingHomework_input", "4");
    pages.click("riskRule:saveRiskRule");
    pages.waitForText("#messages", "Rule for members at risk saved.");
    var rule = campus.as(Campus.COORDINATOR).get("courses/" + course + "/risk-rule").jsonPath();
    assertThat(rule.getInt("absences")).isEqualTo(3);
    assertThat(rule.getInt("missingHomework")).isEqualTo(4);
  }
}
