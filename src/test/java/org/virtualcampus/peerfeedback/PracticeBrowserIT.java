package org.virtualcampus.peerfeedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.virtualcampus.support.AttendanceFixture;
import org.virtualcampus.support.AttendanceFixture.Cohort;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Axe;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.HomeworkFixture;

/**
 * Peer feedback practice in headless Chromium, one triad: the facilitator plans, then forms the
 * group and starts a round from the sessions list, the observer fills the checklist (an unrated
 * element is named next to its radios) and submits, the receiver rates the feedback, and the giver
 * reads it all in their portfolio, the chart's figures in a table too. A coordinator writes a
 * scenario's variants by profession pairing on the course page.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class PracticeBrowserIT {
  static final String SCENARIO = "The late handover";

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  AttendanceFixture fixture;
  Browser pages;
  final List<String> violations = new ArrayList<>();

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
  void aTriadPractisesAndTheGiverReadsItInThePortfolio() {
    scenario(campus, fixture.course(), SCENARIO);
    Cohort cohort = fixture.cohort("triadui", 3);
    Session session = fixture.session(cohort, "PEER_FEEDBACK", "Practice in the browser", 1, 90);
    String api = "sessions/" + session.id() + "/practice";
    fixture.moveTo(session, Duration.ofMinutes(-5));
    Map<String, String> emailById = new HashMap<>();
    for (String email : cohort.educators()) {
      emailById.put(fixture.memberId(email), email);
    }

    pages.signIn(Campus.FACILITATOR, Campus.DEMO_PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Signed in as");
    pages.open("facilitator/sessions.xhtml?cohort=" + cohort.id());
    pages.click("sessions:list:0:practice");
    pages.waitForText("#setup", "Form groups");
    // Nobody checked in yet: the reason is shown next to the button.
    pages.click("setup:formGroups");
    pages.waitForText("#setup", "Fewer than two people are checked in");
    // Planned in advance from those enrolled; nobody is checked in yet.
    pages.click("planForm:planGroups");
    pages.waitForText("#planForm", "triaduia0 Tester");
    pages.waitForText("#planForm", "Not checked in");
    axe("facilitator plan");
    campus
        .as(Campus.FACILITATOR)
        .post("sessions/" + session.id() + "/roll-call/all-present")
        .then()
        .statusCode(200);
    pages.selectOption("setup:scenario", SCENARIO + " (Practice scenarios)");
    pages.click("setup:formGroups");
    pages.waitForText("#board", "Group 1");
    pages.waitForText("#board", "triaduia0 Tester");
    pages.click("roundForm:startRound");
    pages.waitForText("#roundForm", "Round 1 of 3");
    pages.waitForText("#board", "Feedback giver");
    pages.screenshot("practice-board");
    axe("facilitator board");

    JsonPath board = campus.as(Campus.FACILITATOR).get(api).jsonPath();
    List<String> seats = board.getList("groups[0].members.memberId");
    List<String> roles = board.getList("groups[0].members.role");
    String giver = emailById.get(seats.get(roles.indexOf("GIVER")));
    String receiver = emailById.get(seats.get(roles.indexOf("RECEIVER")));
    String observer = emailById.get(seats.get(roles.indexOf("OBSERVER")));
    pages.close();

    // The observer: an unrated element is named next to its radios; then the whole checklist.
    pages = new Browser(campus.app());
    pages.signIn(observer, Campus.PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Tester");
    pages.open("me/practice.xhtml?session=" + session.id());
    pages.waitForText("#myRole", "Observer");
    pages.waitForText("#practiceHeader", SCENARIO);
    assertThat(pages.text("#practiceHeader")).doesNotContain("short-staffed");
    pages.click("practiceForm:submit");
    pages.waitForText("#practiceForm", "is rated");
    clickLabel("practiceForm:elements:0:observation:0");
    clickLabel("practiceForm:elements:1:observation:1");
    clickLabel("practiceForm:elements:2:observation:2");
    pages.type("practiceForm:elements:0:elementComment", "Open question first");
    pages.type("practiceForm:keep", "The opening question");
    pages.type("practiceForm:tryNext", "Agree a plan");
    pages.click("practiceForm:submit");
    pages.waitForText("#practiceForm", "Your form for this round is submitted");
    pages.screenshot("practice-observer");
    axe("observer form");
    pages.close();

    // The receiver reads the private brief and rates the feedback.
    pages = new Browser(campus.app());
    pages.signIn(receiver, Campus.PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Tester");
    pages.open("me/practice.xhtml?session=" + session.id());
    pages.waitForText("#myRole", "Receiver");
    pages.waitForText("#brief", "short-staffed");
    axe("receiver form");
    pages.click("practiceForm:submit");
    pages.waitForText("#practiceForm", "rate how useful");
    clickLabel("practiceForm:usefulness:3");
    pages.type("practiceForm:helped", "Being asked first");
    pages.click("practiceForm:submit");
    pages.waitForText("#practiceForm", "Your form for this round is submitted");
    pages.close();

    // The giver's portfolio.
    pages = new Browser(campus.app());
    pages.signIn(giver, Campus.PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Tester");
    pages.click("nav:myPortfolio");
    pages.waitForText("#rounds", "Practice in the browser");
    pages.waitForText("#rounds", "The opening question");
    pages.waitForText("#rounds", "Open question first");
    pages.waitForText("#rounds", "Being asked first");
    pages.waitForText("#meanUsefulness", "4");
    pages.driver().findElement(By.cssSelector("details summary")).click();
    pages.waitForText("#trendTable", "Ask");
    pages.waitForText("#trendTable", "100 %");
    pages.screenshot("practice-portfolio");
    axe("portfolio");

    pages.close();

    // The cohort's figures for its facilitator: the chart's figures in the table too.
    pages = new Browser(campus.app());
    pages.signIn(Campus.FACILITATOR, Campus.DEMO_PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Signed in as");
    pages.open("facilitator/practice-figures.xhtml?cohort=" + cohort.id());
    pages.waitForText("#roundsHeld", "1");
    pages.waitForText("#sessions", "Practice in the browser");
    pages.waitForText("#sessions", "4");
    pages.waitForText("#gaps", "Ask");
    pages.screenshot("practice-figures");
    axe("practice figures");
    pages.close();

    // On the practice page the poll brings the next round's role without a reload.
    pages = new Browser(campus.app());
    pages.signIn(giver, Campus.PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Tester");
    pages.open("me/practice.xhtml?session=" + session.id());
    pages.waitForText("#myRole", "Feedback giver");
    pages.type("practiceForm:reflection", "Typed before the next round");
    campus.as(Campus.FACILITATOR).post(api + "/rounds").then().statusCode(200);
    pages.waitForText("#practiceHeader", "Round 2 of 3");
    assertThat(pages.text("#myRole")).doesNotContain("Feedback giver");
    assertThat(pages.driver().findElements(By.id("nav"))).hasSize(1);
    assertThat(violations).as("axe-core WCAG 2.2 AA violations on the filled pages").isEmpty();
  }

  @Test
  void aCoordinatorWritesScenarioVariantsAndATwiceWrittenPairingIsNamedNextToItsField() {
    String course = fixture.course();
    String item = scenario(campus, course, "Variants in the browser");
    pages.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Signed in as");
    pages.open("coordinator/course.xhtml?id=" + course);
    pages.find("button[id$='variantsItem']").click();
    pages.waitForText("#variantsForm", "No variants yet");
    pages.click("variantsForm:addVariant");
    pages.waitForText("#variantsForm", "Variant 1");
    pages.selectOption("variantsForm:rows:0:giverProfession", "Nurse");
    pages.selectOption("variantsForm:rows:0:receiverProfession", "Physician");
    pages.type("variantsForm:rows:0:situation", "A nurse tells a resident about a missed allergy.");
    pages.click("variantsForm:addVariant");
    pages.waitForText("#variantsForm", "Variant 2");
    pages.selectOption("variantsForm:rows:1:giverProfession", "Nurse");
    pages.selectOption("variantsForm:rows:1:receiverProfession", "Physician");
    pages.type("variantsForm:rows:1:situation", "The same pairing again.");
    Axe.violations(pages.driver()).forEach(v -> violations.add("variants dialog: " + v));
    pages.screenshot("variants-dialog");
    pages.click("variantsForm:saveVariants");
    pages.waitForText("#variantsForm\\:rows\\:1\\:receiverMessage", "exists already");
    assertThat(pages.text("#variantsForm").split("exists already", -1)).hasSize(2);
    // Refused as a whole: nothing of the first, valid row was saved.
    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .get("items/" + item + "/variants")
                .jsonPath()
                .getList("$"))
        .isEmpty();

    pages.selectOption("variantsForm:rows:1:receiverProfession", "Pharmacist");
    pages.click("variantsForm:saveVariants");
    pages.waitForText("#messages", "are saved");
    JsonPath saved = campus.as(Campus.COORDINATOR).get("items/" + item + "/variants").jsonPath();
    assertThat(saved.getList("receiverProfession")).containsExactly("PHYSICIAN", "PHARMACIST");
    assertThat(saved.getString("[0].situation")).startsWith("A nurse tells a resident");
    assertThat(violations).as("axe-core WCAG 2.2 AA violations in the variants dialog").isEmpty();
  }

  @Test
  void aFacilitatorPlansGroupsAndAMoveIntoAFullGroupIsRefusedNextToIt() {
    Cohort cohort = fixture.cohort("planui", 6);
    Session session = fixture.session(cohort, "PEER_FEEDBACK", "Planned in the browser", 2, 90);
    String plan = "sessions/" + session.id() + "/practice/plan";
    pages.signIn(Campus.FACILITATOR, Campus.DEMO_PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Signed in as");
    pages.open("facilitator/practice.xhtml?session=" + session.id());
    pages.waitForText("#planForm", "No plan yet");
    pages.click("planForm:planGroups");
    pages.waitForText("#planForm", "Group 2");
    pages.waitForText("#planForm", "Not checked in");
    pages.selectOption("planForm:plannedGroups:0:planned:0:planMoveTo", "Group 2");
    new WebDriverWait(pages.driver(), Duration.ofSeconds(15))
        .until(d -> sizes(plan).equals(List.of(2, 4)));
    pages.waitForText("#planForm", "Group 2");
    pages.selectOption("planForm:plannedGroups:0:planned:0:planMoveTo", "Group 2");
    pages.waitForText(
        "#planForm\\:plannedGroups\\:0\\:planned\\:0\\:planMoveMessage",
        "That group already has four members.");
    assertThat(sizes(plan)).containsExactly(2, 4);
  }

  private List<Integer> sizes(String plan) {
    return campus
        .as(Campus.FACILITATOR)
        .get(plan)
        .jsonPath()
        .getList("groups.collect { it.members.size() }");
  }

  @Test
  void aCoordinatorWritesAFeedbackModelAndEachRefusalShowsNextToItsField() {
    pages.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    pages.waitForText("#nav\\:signedInAs", "Signed in as");
    pages.open("coordinator/feedback-models.xhtml");
    pages.waitForText("#models", "Ask-Tell-Ask");
    pages.click("models:newModel");
    pages.waitForText("#editor", "New feedback model");
    pages.click("modelForm:saveModel");
    pages.waitForText("#modelForm\\:nameMessage", "name is required");
    pages.waitForText("#modelForm\\:elements\\:0\\:titleMessage", "title is required");

    String name = "Browser model " + System.nanoTime();
    pages.type("modelForm:name", name);
    pages.type("modelForm:elements:0:title", "Listen first");
    pages.click("modelForm:addElement");
    pages.waitForText("#modelForm", "Element 2");
    pages.type("modelForm:elements:1:title", "Agree a next step");
    Axe.violations(pages.driver()).forEach(v -> violations.add("model editor: " + v));
    pages.click("modelForm:saveModel");
    pages.waitForText("#messages", "is saved");
    pages.waitForText("#models", name);
    pages.waitForText("#modelForm", "listen-first");
    JsonPath models = campus.as(Campus.COORDINATOR).get("feedback-models").jsonPath();
    assertThat(models.getList("find { it.name == '" + name + "' }.elements.key"))
        .containsExactly("listen-first", "agree-a-next-step");

    // A template copied under the name of a model that exists: refused next to the name.
    pages.clickInRow("Ask-Tell-Ask", "Copy");
    pages.waitForText("#editor", "New feedback model");
    pages.type("modelForm:name", name);
    pages.click("modelForm:saveModel");
    pages.waitForText("#modelForm\\:nameMessage", "A feedback model with this name exists.");
    pages.type("modelForm:name", name + " (Ask-Tell-Ask)");
    pages.click("modelForm:saveModel");
    pages.waitForText("#messages", "is saved");
    JsonPath after = campus.as(Campus.COORDINATOR).get("feedback-models").jsonPath();
    assertThat(after.getList("find { it.name == '" + name + " (Ask-Tell-Ask)' }.elements.key"))
        .containsExactly("ask", "tell", "ask-again");
    assertThat(violations).as("axe-core WCAG 2.2 AA violations in the model editor").isEmpty();
  }

  /**
   * The page reloaded (as it stands on the server, without the last action's message), at phone and
   * laptop width, checked with axe-core.
   */
  private void axe(String what) {
    pages.driver().navigate().refresh();
    pages.find("h1");
    for (int[] size : new int[][] {{390, 844}, {1366, 900}}) {
      pages.resize(size[0], size[1]);
      Axe.violations(pages.driver()).forEach(v -> violations.add(what + " @" + size[0] + ": " + v));
    }
  }

  private void clickLabel(String radioId) {
    new WebDriverWait(pages.driver(), Duration.ofSeconds(15))
        .pollingEvery(Duration.ofMillis(300))
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              var label =
                  ExpectedConditions.elementToBeClickable(
                          By.cssSelector("label[for='" + radioId + "']"))
                      .apply(d);
              if (label == null) {
                return false;
              }
              label.click();
              return true;
            });
  }

  /** A role-play scenario item of the shared course, with a private brief for the receiver. */
  static String scenario(Campus campus, String course, String title) {
    String module = new HomeworkFixture(campus).openModule(course, "Practice scenarios");
    Map<String, Object> item = new HashMap<>();
    item.put("kind", "ROLE_PLAY");
    item.put("title", title);
    item.put("minutes", 20);
    item.put("body", "A nurse hands over a patient late and leaves out the pending blood results.");
    item.put("privateBrief", "The ward was short-staffed and you felt rushed by the registrar.");
    return campus
        .as(Campus.COORDINATOR)
        .body(item)
        .post("modules/" + module + "/items")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("items.find { it.content.title == '" + title + "' }.id");
  }
}
