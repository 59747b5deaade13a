package org.virtualcampus.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;
import org.virtualcampus.support.HomeworkFixture;

/**
 * The homework journey in headless Chromium: an educator hands in text and a file; the facilitator
 * scores it with the rubric and asks for a revision; the educator hands in a new version; the
 * facilitator accepts and releases it; the educator reads the feedback and sees the module done.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class HomeworkBrowserIT {

  @ArquillianResource URL deploymentUrl;
  @TempDir Path dir;
  Campus campus;
  Browser educatorPages;
  Browser facilitatorPages;

  @BeforeEach
  void open() {
    campus = new Campus(deploymentUrl);
    educatorPages = new Browser(campus.app());
    facilitatorPages = new Browser(campus.app());
  }

  @AfterEach
  void close() {
    educatorPages.close();
    facilitatorPages.close();
  }

  @Test
  void handInReviseAcceptAndReadTheFeedback() throws Exception {
    CohortFixture cohorts = new CohortFixture(campus);
    String course = cohorts.course();
    HomeworkFixture material = new HomeworkFixture(campus);
    String module = material.openModule(course, "Reflecting");
    material.homework(module, List.of("pdf"), false, 20, material.rubric(course));
    Map<String, Object> plan = cohorts.plan(5);
    plan.put(
        "facilitatorIds",
        List.of(campus.as(Campus.FACILITATOR).get("members/me").jsonPath().getString("id")));
    String cohort = cohorts.open(plan);
    String educator = campus.newEducator("journey");
    cohorts.request(cohort, educator);
    Path pdf = dir.resolve("reflection.pdf");
    Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    // The educator writes (saved as they type), attaches the PDF and hands it in.
    educatorPages.signIn(educator, Campus.PASSWORD);
    educatorPages.waitForText("#nav\\:signedInAs", "journey Tester");
    educatorPages.open("me/learn.xhtml?cohort=" + cohort);
    educatorPages.waitForText("#learn", "Not started");
    educatorPages.find("#learn a[href*='homework.xhtml']").click();
    educatorPages.type("homework:text", "I asked first, then told.");
    educatorPages.waitForText("#homework\\:saved", "Draft saved");
    educatorPages.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toString());
    educatorPages.click("homework:attach");
    educatorPages.waitForText("#fileList", "reflection.pdf");
    educatorPages.click("homework:submit");
    educatorPages.waitForText("#current", "Handed in, waiting for feedback");
    educatorPages.screenshot("homework-handed-in");

    // The facilitator scores it with the rubric and asks for a revision, then releases it.
    facilitatorPages.signIn(Campus.FACILITATOR, Campus.DEMO_PASSWORD);
    facilitatorPages.waitForText("#nav\\:signedInAs", "Signed in as");
    facilitatorPages.open("facilitator/reviews.xhtml?cohort=" + cohort);
    facilitatorPages.waitForText("#reviews", "Waiting (1)");
    facilitatorPages.find("#reviews a[href*='review.xhtml']").click();
    facilitatorPages.waitForText("#review", "I asked first, then told.");
    facilitatorPages.clickLabel("Proficient (2): specific and concise");
    facilitatorPages.clickLabel("Not yet (0): none");
    facilitatorPages.type("review:comments", "Plan one concrete next step.");
    facilitatorPages.click("review:revise");
    facilitatorPages.waitForText("#messages", "Review saved");
    facilitatorPages.click("review:release");
    facilitatorPages.waitForText("#messages", "the educator is notified");
    facilitatorPages.screenshot("homework-reviewed");

    // The educator reads the feedback and hands in a second version.
    educatorPages.open("me/homework.xhtml?cohort=" + cohort + "&module=" + module);
    educatorPages.waitForText("#current", "Revision requested");
    educatorPages.waitForText("#current", "Plan one concrete next step.");
    educatorPages.type("homework:text", "Next time I will agree on one step and a date.");
    educatorPages.waitForText("#homework\\:saved", "Draft saved");
    educatorPages.click("homework:submit");
    educatorPages.waitForText("#current", "Handed in, waiting for feedback");
    assertThat(educatorPages.text("#homework")).contains("Earlier versions", "Version 1");

    // The facilitator accepts the revision and releases everything reviewed.
    facilitatorPages.open("facilitator/reviews.xhtml?pile=REVISED&cohort=" + cohort);
    facilitatorPages.waitForText("#reviews", "Revised (1)");
    facilitatorPages.waitForText("#reviews", "journey Tester");
    facilitatorPages.find("#reviews a[href*='review.xhtml']").click();
    facilitatorPages.waitForText("#review", "agree on one step");
    facilitatorPages.clickLabel("Proficient (2): specific and concise");
    facilitatorPages.clickLabel("Exemplary (3): concrete action with a date and a check");
    facilitatorPages.click("review:accept");
    facilitatorPages.waitForText("#messages", "Review saved");
    facilitatorPages.open("facilitator/reviews.xhtml?pile=TO_RELEASE&cohort=" + cohort);
    facilitatorPages.click("reviews:releaseAll");
    facilitatorPages.waitForText("#messages", "1 reviews released");

    // Accepted: the module is complete (it has no items besides the homework).
    educatorPages.open("me/learn.xhtml?cohort=" + cohort);
    educatorPages.waitForText("#learn", "Accepted");
    educatorPages.waitForText("#learn", "Complete");
    educatorPages.open("me/homework.xhtml?cohort=" + cohort + "&module=" + module);
    educatorPages.waitForText("#current", "5 / 6");
    educatorPages.screenshot("homework-accepted");
  }
}
