package org.virtualcampus.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/** Authoring a module and working through it, in headless Chromium. */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class LearningBrowserIT {

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

  @Test
  void aCoordinatorWritesAModuleAndAnEducatorWorksThroughIt() {
    String course = cohorts.course();
    String cohort = cohorts.open(5);
    String educator = campus.newEducator("modules");
    cohorts.request(cohort, educator);

    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Signed in as");
    browser.open("coordinator/course.xhtml?id=" + course);
    browser.click("outline:addModule");
    browser.type("moduleForm:title", "Ask-Tell-Ask");
    browser.clickLabel("On a date");
    browser.type("moduleForm:releaseOn_input", "2020-01-06");
    browser.click("moduleForm:saveModule");
    browser.waitForText("#outline", "Module 1: Ask-Tell-Ask");

    browser.clickInCard("Module 1: Ask-Tell-Ask", "Add an item");
    browser.type("itemForm:title", "Three steps");
    browser.type("itemForm:body", "1. **Ask**\n2. **Tell**\n3. **Ask**");
    browser.click("itemForm:saveItem");
    browser.waitForText("#outline", "Three steps");
    // An item without its text is refused next to the field, and the dialog stays open.
    browser.clickInCard("Module 1: Ask-Tell-Ask", "Add an item");
    browser.type("itemForm:title", "Empty");
    browser.click("itemForm:saveItem");
    browser.waitForText("#itemForm", "write the text of the reading");
    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .get("courses/" + course + "/modules")
                .jsonPath()
                .getList("[0].items"))
        .hasSize(1);
    browser.screenshot("module-authoring");

    Browser learner = new Browser(campus.app());
    learner.signIn(educator, Campus.PASSWORD);
    learner.waitForText("#nav\\:signedInAs", "modules Tester");
    learner.open("me/learn.xhtml?cohort=" + cohort);
    learner.screenshot("module-learner");
    assertThat(learner.card("Module 1: Ask-Tell-Ask")).contains("0 of 1 items done", "Three steps");
    learner.clickInCard("Module 1: Ask-Tell-Ask", "Mark done");
    learner.waitForText("#learn", "1 of 1 items done");
    assertThat(learner.card("Module 1: Ask-Tell-Ask")).contains("Complete");
    learner.screenshot("module-progress");
    learner.close();
  }

  @Test
  void aCoordinatorWritesARubricAndGivesAModuleHomeworkScoredWithIt() {
    String course = cohorts.course();
    String module =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("title", "Reflecting", "releaseWeek", 1))
            .post("courses/" + course + "/modules")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");

    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Signed in as");
    browser.open("coordinator/course.xhtml?id=" + course);
    browser.click("rubrics:newRubric");
    browser.type("rubricForm:title", "Reflection rubric");
    var row =
        browser.driver().findElements(org.openqa.selenium.By.cssSelector("#rubricForm textarea"));
    assertThat(row).as("one criterion, four levels").hasSize(4);
    browser.find("#rubricForm input[id$='criterionTitle']").sendKeys("Plans next steps");
    String[] descriptors = {"none", "general intention", "concrete action", "with a date"};
    for (int i = 0; i < descriptors.length; i++) {
      row.get(i).sendKeys(descriptors[i]);
    }
    browser.click("rubricForm:saveRubric");
    browser.waitForText("#rubrics", "Reflection rubric");

    browser.clickInCard("Module 1: Reflecting", "Add homework");
    browser.type("homeworkForm:instructions", "Reflect on one feedback conversation.");
    browser.selectOption("homeworkForm:rubricId", "Reflection rubric");
    browser.click("homeworkForm:saveHomework");
    browser.waitForText("#outline", "Due on day 6 of the cohort at 23:59.");
    browser.screenshot("homework-authoring");

    var outline = campus.as(Campus.COORDINATOR).get("courses/" + course + "/modules").jsonPath();
    String rubricId =
        campus
            .as(Campus.COORDINATOR)
            .get("courses/" + course + "/rubrics")
            .jsonPath()
            .getString("[0].id");
    assertThat(outline.getString("find { it.id == '" + module + "' }.homework.rubricId"))
        .isEqualTo(rubricId);
    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .get("courses/" + course + "/rubrics")
                .jsonPath()
                .getList("[0].grid.criteria[0].descriptors"))
        .containsExactly((Object[]) descriptors);
  }

  @Test
  void aCoordinatorDragsAModuleIntoANewPlace() {
    String course =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("title", "Dragged", "summary", "s", "weeks", 2, "weeklyHours", 2))
            .post("courses")
            .jsonPath()
            .getString("id");
    for (String title : java.util.List.of("First week", "Second week")) {
      campus
          .as(Campus.COORDINATOR)
          .body(Map.of("title", title, "releaseWeek", 1))
          .post("courses/" + course + "/modules")
          .then()
          .statusCode(201);
    }
    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Signed in as");
    browser.open("coordinator/course.xhtml?id=" + course);
    browser.click("outline:arrangeModules");
    browser.waitForText("#arrangeForm", "Second week");
    var entries =
        browser
            .driver()
            .findElements(org.openqa.selenium.By.cssSelector("#arrangeForm li.ui-orderlist-item"));
    var first = entries.get(0);
    var second = entries.get(1);
    // jQuery UI's sortable follows the mouse in small steps, as a hand drags
    int step = second.getLocation().getY() - first.getLocation().getY();
    var drag = new org.openqa.selenium.interactions.Actions(browser.driver()).clickAndHold(first);
    for (int i = 0; i < 8; i++) {
      drag = drag.moveByOffset(0, step / 4).pause(java.time.Duration.ofMillis(50));
    }
    drag.release().perform();
    browser.waitForText("#arrangeForm li.ui-orderlist-item:first-child", "Second week");
    browser.click("arrangeForm:saveOrder");
    browser.waitForText("#messages", "New order saved");
    browser.waitForText("#outline", "Module 1: Second week");
    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .get("courses/" + course + "/modules")
                .jsonPath()
                .getList("title"))
        .containsExactly("Second week", "First week");
  }
}
