package org.virtualcampus.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/** The enrollment journeys in headless Chromium. */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class EnrollmentBrowserIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;
  Browser browser;

  @BeforeEach
  void open() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
    browser = new Browser(campus.app());
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private String nameOf(String cohortId) {
    return campus.as(Campus.COORDINATOR).get("cohorts/" + cohortId).jsonPath().getString("name");
  }

  @Test
  void educatorAsksForASeatInAFullCohortAndSeesTheirWaitlistPosition() {
    String cohort = cohorts.open(1);
    cohorts.request(cohort, campus.newEducator("first"));
    String name = nameOf(cohort);
    String email = campus.newEducator("late");

    browser.signIn(email, Campus.PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "late Tester");
    // Many cohorts are open by now: find this one with the catalogue's search.
    browser.open(
        "cohorts.xhtml?q="
            + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(browser.card(name))
        .contains("1 of 1 seats taken")
        .contains("first come, first served");
    browser.clickInCard(name, "Ask for a seat");

    browser.waitForText("#messages", "you are 1st of 1 on the waitlist");
    assertThat(browser.currentPath()).endsWith("/me/cohorts.xhtml");
    assertThat(browser.card(name + " · Test course"))
        .contains("Waitlisted")
        .contains("You are 1st of 1 on the waitlist");
    browser.screenshot("waitlist-position");

    // Back in the catalogue, the card says where they stand instead of offering the request again.
    browser.open(
        "cohorts.xhtml?q="
            + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(browser.card(name)).contains("You are 1st of 1 in line.").contains("My cohorts");
    assertThat(
            browser.driver().findElements(By.xpath("//button[normalize-space()='Ask for a seat']")))
        .isEmpty();
  }

  @Test
  void coordinatorPromotesSomeoneAheadOfTheLineWithAReason() {
    Map<String, Object> plan = cohorts.plan(2);
    plan.put("seatPolicy", "APPROVAL");
    String cohort = cohorts.open(plan);
    cohorts.request(cohort, campus.newEducator("anna"));
    cohorts.request(cohort, campus.newEducator("bruno"));

    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Cora Coordinator");
    browser.open("coordinator/cohort.xhtml?tab=waitlist&id=" + cohort);
    browser.clickInRow("bruno Tester", "Promote now");
    browser.type("reasonForm:reason", "Leads the nursing programme; needs this cohort now");
    browser.screenshot("promote-reason");
    browser.click("reasonForm:confirm");

    browser.waitForText("#messages", "bruno Tester has been given a seat.");
    String waitlist = browser.find("#cohort\\:waitlist").getText();
    assertThat(waitlist).contains("anna Tester").doesNotContain("bruno Tester");
    browser.openTab("Seat holders");
    assertThat(browser.find("#cohort\\:seated").getText()).contains("bruno Tester");
    browser.openTab("History");
    assertThat(browser.find("#cohort\\:history").getText())
        .contains("Leads the nursing programme")
        .contains("Cora Coordinator");
    browser.screenshot("cohort-page");
  }

  @Test
  void onAFullCohortPromoteWaitsForCapacityAndTheResultShowsOnTheSameTab() {
    Map<String, Object> plan = cohorts.plan(1);
    plan.put("seatPolicy", "APPROVAL");
    String cohort = cohorts.open(plan);
    String anna = (String) cohorts.request(cohort, campus.newEducator("anna")).get("id");
    cohorts.request(cohort, campus.newEducator("bruno"));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("reason", "First to ask"))
        .post("enrollments/" + anna + "/promote")
        .then()
        .statusCode(200);

    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Cora Coordinator");
    browser.open("coordinator/cohort.xhtml?tab=waitlist&id=" + cohort);
    assertThat(browser.text("#cohort\\:fullNotice"))
        .contains("All seats are taken: raise capacity or remove someone first.");
    assertThat(
            browser
                .find("#cohort\\:waitlist button[aria-label='Promote now: bruno Tester']")
                .isEnabled())
        .as("promoting cannot succeed while every seat is taken")
        .isFalse();
    browser.screenshot("workspace-full");

    browser.click("cohort:raiseCapacity");
    browser.waitForText("h2", "Settings");
    browser.type("settings:capacity_input", "2");
    browser.click("settings:save");
    browser.waitForText("#messages", "Settings saved.");
    assertThat(browser.driver().getCurrentUrl()).contains("tab=settings");

    browser.openTab("Waitlist");
    browser.clickInRow("bruno Tester", "Promote now");
    browser.type("reasonForm:reason", "A second seat opened");
    browser.click("reasonForm:confirm");
    browser.waitForText("#messages", "bruno Tester has been given a seat.");
    assertThat(browser.driver().getCurrentUrl()).contains("tab=waitlist");
    assertThat(browser.text("#cohort\\:waitlist")).doesNotContain("bruno Tester");
    browser.screenshot("workspace-promoted");
  }

  @Test
  void coordinatorFindsPeopleInTheWaitlistAndRemovesTwoWithOneReason() {
    String cohort = cohorts.open(1);
    cohorts.request(cohort, campus.newEducator("seated"));
    cohorts.request(cohort, campus.newEducator("dora", "NURSE"));
    cohorts.request(cohort, campus.newEducator("emil", "PHYSICIAN"));
    cohorts.request(cohort, campus.newEducator("fina", "NURSE"));

    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Cora Coordinator");
    browser.open("coordinator/cohort.xhtml?tab=waitlist&id=" + cohort);
    browser.selectOption("cohort:searchProfession", "Nurse");
    browser.click("cohort:search");
    // The search re-renders the table: an element read mid-update is stale, so read it again.
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> !d.findElement(By.id("cohort:waitlist")).getText().contains("emil Tester"));
    assertThat(browser.text("#cohort\\:waitlist")).contains("dora Tester").contains("fina Tester");

    for (var box :
        browser.driver().findElements(By.cssSelector("#cohort\\:waitlist_data .ui-chkbox-box"))) {
      box.click();
    }
    browser.click("cohort:bulkRemove");
    browser.waitForText("#bulkDialog", "Why remove 2 people?");
    browser.click("bulkForm:confirmBulk");
    browser.waitForText("#bulkForm", "a reason is required");
    browser.type("bulkForm:reason", "They asked to join the spring cohort instead");
    browser.click("bulkForm:confirmBulk");
    browser.waitForText("#messages", "2 people have been removed.");
    browser.screenshot("waitlist-bulk-removed");

    assertThat(cohorts.waitlist(cohort))
        .extracting(w -> w.get("memberName"))
        .containsExactly("emil Tester");
  }

  @Test
  void educatorAcceptsAnOfferShownInTheirOwnTimeZone() {
    Map<String, Object> plan = cohorts.plan(1);
    plan.put("seatPolicy", "OFFER");
    String cohort = cohorts.open(plan);
    String email = campus.newEducator("offered"); // time zone Europe/Berlin
    cohorts.request(cohort, email);
    String card = nameOf(cohort) + " · Test course";

    browser.signIn(email, Campus.PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "offered Tester");
    browser.open("me/cohorts.xhtml");
    assertThat(browser.card(card))
        .contains("Seat offered")
        .contains("Seat held for you until")
        .containsPattern("CES?T");
    browser.screenshot("offer");
    browser.clickInCard(card, "Accept seat");

    browser.waitForText("#messages", "You accepted the seat");
    assertThat(browser.card(card)).contains("Enrolled");
    assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Accept seat']")))
        .isEmpty();
    assertThat(cohorts.mine(email, cohort)).containsEntry("status", "ENROLLED");
  }

  @Test
  void theHomePageTellsEachRoleWhatToDoNext() {
    Map<String, Object> plan = cohorts.plan(2);
    plan.put("seatPolicy", "APPROVAL");
    // First by name in the coordinator's list, whatever other tests left open.
    String name = "0 Needs you " + java.util.UUID.randomUUID().toString().substring(0, 6);
    plan.put("name", name);
    String cohort = cohorts.open(plan);
    String email = campus.newEducator("asking");
    cohorts.request(cohort, email);

    browser.signIn(email, Campus.PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "asking Tester");
    assertThat(browser.text("#myPlaces"))
        .contains(name)
        .contains("Your request waits for a coordinator's approval: you are 1st of 1 in line.");
    browser.screenshot("home-educator");
    browser.close();

    browser = new Browser(campus.app());
    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Cora Coordinator");
    assertThat(browser.text("#attention"))
        .contains(name)
        .contains("2 seats are free while 1 person waits: approve or promote someone.");
    browser.screenshot("home-coordinator");
  }
}
