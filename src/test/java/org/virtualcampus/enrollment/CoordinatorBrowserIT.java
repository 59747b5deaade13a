package org.virtualcampus.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Axe;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.SearchField;

/**
 * A coordinator plans a course and cohort in the browser, opens it and invites; an invitee answers.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class CoordinatorBrowserIT {
  @ArquillianResource URL deploymentUrl;
  Campus campus;
  Browser browser;

  @BeforeEach
  void open() {
    campus = new Campus(deploymentUrl);
    browser = new Browser(campus.app());
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void coordinatorPlansOpensAndInvitesAndTheInviteeSaysInterested() {
    String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
    String courseTitle = "Simulation Debriefing " + suffix;
    String cohortName = "Debriefing autumn " + suffix;
    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Cora Coordinator");
    browser.open("coordinator/cohorts.xhtml");

    browser.click("cohorts:newCourse");
    browser.type("courseForm:title", courseTitle);
    browser.type("courseForm:summary", "Debriefing after simulated cases");
    browser.click("courseForm:createCourse");
    browser.waitForText("#messages", "Course " + courseTitle + " created.");

    browser.click("cohorts:newCohort");
    browser.type("cohortForm:name", cohortName);
    browser.type("cohortForm:capacity_input", "12");
    // the field sends an id; one that names no course is refused by the service, next to the field
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('cohortForm:courseId_hinput').value = 'no-such-course'");
    browser.click("cohortForm:createCohort");
    browser.waitForText("#cohortForm\\:courseId + .ui-message", "no course with id no-such-course");

    // any part of the title, in any case, finds the course
    SearchField.choose(browser, "cohortForm:courseId", suffix.toUpperCase(), courseTitle);
    SearchField.choose(
        browser,
        "cohortForm:facilitatorIds",
        "felix",
        "Felix Facilitator (facilitator1@campus.example)");
    assertThat(Axe.violations(browser.driver()))
        .as("the new cohort form with its search fields")
        .isEmpty();
    browser.screenshot("new-cohort");
    browser.click("cohortForm:createCohort");

    browser.waitForText("h1", cohortName);
    assertThat(browser.currentPath()).endsWith("/coordinator/cohort.xhtml");
    assertThat(browser.text("#cohort\\:status")).isEqualTo("Draft");
    assertThat(browser.text("#seatsTaken")).isEqualTo("0 / 12");
    browser.openTab("Settings");
    assertThat(browser.text("#settings\\:facilitatorIds"))
        .as("the chosen facilitator shows by name and address (two may share a name)")
        .contains("Felix Facilitator (facilitator1@campus.example)");
    // by keyboard alone: the first suggestion is highlighted and Enter takes it
    browser.type("settings:facilitatorIds_input", "fatima");
    browser.find(
        "[id='settings:facilitatorIds_panel'] li[data-item-label='Fatima Facilitator (facilitator2@campus.example)']");
    browser.press(org.openqa.selenium.Keys.ENTER);
    browser.waitForText("#settings\\:facilitatorIds", "Fatima Facilitator");
    browser.click("settings:save");
    browser.waitForText("#messages", "Settings saved.");
    assertThat(browser.text("#settings\\:facilitatorIds"))
        .contains("Felix Facilitator")
        .contains("Fatima Facilitator");

    browser.selectOption("statusForm:newStatus", "Open");
    browser.click("statusForm:changeStatus");
    browser.waitForText("#messages", "The cohort is now Open.");
    assertThat(browser.driver().getCurrentUrl())
        .as("the address keeps the tab")
        .contains("tab=settings");

    browser.openTab("Invitations");

    String invitee = Campus.uniqueEmail("guest");
    browser.type("invite:emails", invitee + "\nnot-an-address");
    browser.click("invite:send");
    browser.waitForText("#messages", "line 2");
    assertThat(browser.text("#messages")).contains("nobody was invited");

    browser.type("invite:emails", invitee);
    browser.click("invite:send");
    browser.waitForText("#messages", "1 invitation sent");
    assertThat(browser.text("#invitations\\:list")).contains(invitee).contains("Sent, not opened");
    // The tab is an address of its own: a bookmark or a reload opens it again.
    String invitationsTab = browser.driver().getCurrentUrl();
    assertThat(invitationsTab).contains("tab=invitations").contains("id=");
    browser.driver().navigate().refresh();
    browser.waitForText("#invitations\\:list", invitee);
    browser.screenshot("cohort-invited");

    String token = campus.invitationTokenFor(invitee);
    browser.click("nav:signOut");
    browser.waitForText("#signedOutNotice", "You have signed out.");
    browser.open("invitation.xhtml?token=" + token);
    browser.waitForText("h2", "You are invited to " + cohortName);
    browser.type("account:displayName", "Gita Guest");
    browser.type("account:password", Campus.PASSWORD);
    browser.selectOption("account:profession", "Pharmacist");
    browser.click("account:interested");
    browser.waitForText("#messages", "Thank you!");
    browser.screenshot("invitation-answered");

    browser.signIn(invitee, Campus.PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Gita Guest");
    browser.open("me/cohorts.xhtml");
    assertThat(browser.card(cohortName + " · " + courseTitle)).contains("Enrolled");
  }

  @Test
  void cancellingAsksOnceMoreAndKeepingChangesNothing() {
    var cohorts = new org.virtualcampus.support.CohortFixture(campus);
    String cohort = cohorts.open(5);
    String seated = campus.newEducator("told");
    cohorts.request(cohort, seated);

    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Cora Coordinator");
    browser.open("coordinator/cohort.xhtml?tab=settings&id=" + cohort);
    browser.selectOption("statusForm:newStatus", "Cancelled");
    browser.click("statusForm:changeStatus");
    browser.waitForText("#statusForm\\:confirmStatus", "every member with a place is told");
    browser.screenshot("cohort-cancel-confirm");
    browser.click("statusForm:keepStatus");
    browser.waitForText("#cohort\\:status", "Open");
    assertThat(cohorts.mine(seated, cohort)).containsEntry("status", "ENROLLED");

    browser.selectOption("statusForm:newStatus", "Cancelled");
    browser.click("statusForm:changeStatus");
    browser.click("statusForm:confirmFinal");
    browser.waitForText("#messages", "The cohort is now Cancelled.");
    assertThat(browser.text("#cohort\\:status")).isEqualTo("Cancelled");
  }
}
