package org.virtualcampus.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.virtualcampus.support.AttendanceFixture;
import org.virtualcampus.support.AttendanceFixture.Cohort;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;

/**
 * Attendance in headless Chromium: a facilitator takes the roll call from the sessions list, an
 * educator checks in with the code, a facilitator imports a Zoom participant report, and an
 * educator asks to be excused, which the facilitator approves.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class AttendanceBrowserIT {

  @ArquillianResource URL deploymentUrl;
  @TempDir Path dir;
  Campus campus;
  AttendanceFixture fixture;
  Browser pages;

  @BeforeEach
  void open() {
    campus = new Campus(deploymentUrl);
    fixture = new AttendanceFixture(campus);
    pages = new Browser(campus.app());
  }

  @AfterEach
  void close() {
    pages.close();
  }

  @Test
  void aFacilitatorTakesTheRollCall() {
    Cohort cohort = fixture.cohort("roll", 3);
    Session session = fixture.session(cohort, "Roll call class", 2);
    fixture.moveTo(session, Duration.ZERO);
    String[] ids = cohort.educators().stream().map(fixture::memberId).toArray(String[]::new);

    pages.signIn(Campus.FACILITATOR, Campus.DEMO_PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Signed in as");
    pages.open("facilitator/sessions.xhtml?cohort=" + cohort.id());
    pages.click("sessions:list:0:attendance");
    pages.waitForText("#heading", "0 of 3 recorded");
    pages.click("roll:allPresent");
    pages.waitForText("#heading", "3 of 3 recorded");
    pages.waitForText("#roll\\:entries\\:0\\:result", "Present");

    // Rows are in name order: rolla0, rollb1, rollc2; the choices Present, Late, Absent, Excused.
    clickCss("label[for='roll:entries:1:status:1']");
    pages.waitForText("#roll\\:entries\\:1\\:result", "Late");
    clickCss("label[for='roll:entries:2:status:2']");
    pages.waitForText("#roll\\:entries\\:2\\:result", "Absent");
    pages.type("roll:entries:1:note", "Bus was late");
    pages.press(Keys.TAB);
    pages.click("roll:entries:1:history");
    pages.waitForText("#historyForm", "Present → Late");
    pages.screenshot("attendance-roll-call");

    JsonPath roll =
        campus
            .as(Campus.FACILITATOR)
            .get("sessions/" + session.id() + "/roll-call")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(roll.getInt("recorded")).isEqualTo(3);
    assertThat(statusOf(roll, ids[0])).isEqualTo("PRESENT");
    assertThat(statusOf(roll, ids[1])).isEqualTo("LATE");
    assertThat(statusOf(roll, ids[2])).isEqualTo("ABSENT");
    new WebDriverWait(pages.driver(), Duration.ofSeconds(15))
        .until(
            d ->
                "Bus was late"
                    .equals(
                        campus
                            .as(Campus.FACILITATOR)
                            .get("sessions/" + session.id() + "/roll-call")
                            .jsonPath()
                            .getString("entries.find { it.memberId == '" + ids[1] + "' }.note")));
  }

  @Test
  void anEducatorChecksInWithTheCode() {
    Cohort cohort = fixture.cohort("checkin", 1);
    Session session = fixture.session(cohort, "Check-in class", 2);
    String code =
        campus
            .as(Campus.FACILITATOR)
            .get("sessions/" + session.id() + "/check-in-code")
            .jsonPath()
            .getString("code");
    fixture.moveTo(session, Duration.ofMinutes(1));

    pages.signIn(cohort.educators().get(0), Campus.PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "checkina0 Tester");
    pages.open("me/check-in.xhtml");
    pages.type("checkIn:code", "ZZZZZZ");
    pages.click("checkIn:checkInButton");
    pages.waitForText("#checkIn", "This is not the code of a session now");
    pages.open("me/check-in.xhtml?code=" + code);
    assertThat(pages.byId("checkIn:code").getDomProperty("value")).isEqualTo(code);
    pages.click("checkIn:checkInButton");
    pages.waitForText("#checkIn\\:result", "Checked in to Check-in class: present");
    pages.screenshot("attendance-checked-in");

    pages.open("me/attendance.xhtml");
    pages.waitForText("#myAttendance", "Check-in class");
    pages.waitForText("#myAttendance", "Present");
  }

  @Test
  void aFacilitatorImportsAZoomReport() throws Exception {
    Cohort cohort = fixture.cohort("zoomui", 4);
    Session session = fixture.session(cohort, "Imported class", 1, 60);
    String[] ids = cohort.educators().stream().map(fixture::memberId).toArray(String[]::new);
    Path report = dir.resolve("zoom-participants.csv");
    Files.write(
        report,
        AttendanceImportIT.sample(
            "zoom-participants.csv", cohort.startsOn().plusDays(1), cohort.educators()));

    pages.signIn(Campus.FACILITATOR, Campus.DEMO_PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Signed in as");
    pages.open("facilitator/attendance.xhtml?session=" + session.id());
    pages.waitForText("#heading", "0 of 4 recorded");

    // Not a report: the reason is shown next to the upload field.
    Path notReport = dir.resolve("prices.csv");
    Files.writeString(notReport, "Item,Price\nTea,2\n");
    pages.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(notReport.toString());
    pages.click("importUpload:upload");
    pages.waitForText("#importUpload", "join time");

    pages.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(report.toString());
    pages.click("importUpload:upload");
    pages.waitForText("#importPreview", "zoomuia0 Tester");
    pages.waitForText("#importPreview\\:lines", "E-mail");
    pages.click("importPreview:updatePreview");
    pages.waitForText("#importPreview\\:lines", "zoomuid3 Tester");
    pages.screenshot("attendance-import-preview");
    pages.click("importPreview:apply");
    pages.click("confirmForm:confirmYes");
    pages.waitForText("#messages", "Imported:");
    pages.waitForText("#heading", "4 of 4 recorded");

    JsonPath roll =
        campus
            .as(Campus.FACILITATOR)
            .get("sessions/" + session.id() + "/roll-call")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(roll.getInt("recorded")).isEqualTo(4);
    assertThat(statusOf(roll, ids[0])).isEqualTo("PRESENT");
    assertThat(roll.getList("entries.source")).containsOnly("IMPORT");
  }

  @Test
  void anEducatorAsksToBeExcusedAndTheFacilitatorApproves() {
    Cohort cohort = fixture.cohort("excuse", 1);
    Session session = fixture.session(cohort, "Excused class", 5);
    String educator = cohort.educators().get(0);
    String id = fixture.memberId(educator);

    pages.signIn(educator, Campus.PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "excusea0 Tester");
    pages.click("nav:myAttendance");
    pages.waitForText("#myAttendance", "Excused class");
    pages.waitForText("#myAttendance", "Not recorded");
    pages.click("myAttendance:cohorts:0:sessions:0:ask");
    pages.waitForText("#excuseForm", "Excused class");
    pages.click("excuseForm:sendExcuse");
    pages.waitForText("#excuseForm", "reason is required");
    pages.type("excuseForm:reason", "Night shift at the clinic");
    pages.click("excuseForm:sendExcuse");
    pages.waitForText("#messages", "Request sent for Excused class");
    pages.waitForText("#myAttendance", "Requested");
    pages.screenshot("attendance-excuse-asked");
    pages.close();

    pages = new Browser(campus.app());
    pages.signIn(Campus.FACILITATOR, Campus.DEMO_PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Signed in as");
    pages.open("facilitator/attendance.xhtml?session=" + session.id());
    pages.waitForText("#roll", "Night shift at the clinic");
    pages.waitForText("#excuses", "Night shift at the clinic");
    pages.click("excuses:pending:0:approve");
    pages.waitForText("#roll\\:entries\\:0\\:result", "Excused");
    pages.waitForText("#excuses", "No requests waiting");
    pages.waitForText("#heading", "1 of 1 recorded");
    assertThat(
            statusOf(
                campus
                    .as(Campus.FACILITATOR)
                    .get("sessions/" + session.id() + "/roll-call")
                    .jsonPath(),
                id))
        .isEqualTo("EXCUSED");
  }

  private static String statusOf(JsonPath roll, String memberId) {
    return roll.getString("entries.find { it.memberId == '" + memberId + "' }.status");
  }

  private void clickCss(String css) {
    new WebDriverWait(pages.driver(), Duration.ofSeconds(15))
        .pollingEvery(Duration.ofMillis(300))
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              var element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
              if (element == null) {
                return false;
              }
              element.click();
              return true;
            });
  }
}
