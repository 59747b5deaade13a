package org.virtualcampus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Axe;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/**
 * WCAG 2.2 AA on every page, for every role, at a laptop's and a phone's width: axe-core runs in
 * the page and any violation fails the build. A screenshot of each page at each width goes to
 * target/screenshots/, and target/accessibility-report.txt lists what was checked, every violation
 * and each page's height at phone width.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {
  static final int[][] WIDTHS = {{1366, 900}, {390, 844}};

  @ArquillianResource URL deploymentUrl;

  @Test
  void everyPageForEveryRoleAtLaptopAndPhoneWidthHasNoWcagViolation() throws IOException {
    Campus campus = new Campus(deploymentUrl);
    CohortFixture cohorts = new CohortFixture(campus);
    String facilitatorId =
        campus.as(Campus.FACILITATOR).get("members/me").jsonPath().getString("id");
    Map<String, Object> plan = cohorts.plan(2);
    plan.put("facilitatorIds", List.of(facilitatorId));
    plan.put("seatPolicy", "OFFER");
    String cohort = cohorts.open(plan);
    // an educator with a seat offer, someone seated, someone waiting: every state on the pages
    String seated = campus.newEducator("seated");
    String seat = (String) cohorts.request(cohort, seated).get("id");
    campus
        .as(seated, Campus.PASSWORD)
        .post("enrollments/" + seat + "/accept")
        .then()
        .statusCode(200);
    String course = cohorts.course();
    String module =
        campus
            .as(Campus.COORDINATOR)
            .body(
                Map.of(
                    "title", "Ask-Tell-Ask", "summary", "Start with the learner", "releaseWeek", 1))
            .post("courses/" + course + "/modules")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    for (Map<String, Object> item :
        List.<Map<String, Object>>of(
            Map.of(
                "kind",
                "READING",
                "title",
                "Three steps",
                "minutes",
                30,
                "body",
                "1. **Ask**\n2. **Tell**\n3. **Ask**\n\n[More](https://example.org/)"),
            Map.of(
                "kind",
                "VIDEO",
                "title",
                "On a ward round",
                "minutes",
                20,
                "linkUrl",
                "https://www.youtube.com/watch?v=Fdd6K4XZ0fo"),
            Map.of(
                "kind",
                "LINK",
                "title",
                "The model",
                "minutes",
                15,
                "linkUrl",
                "https://example.org/"))) {
      campus
          .as(Campus.COORDINATOR)
          .body(item)
          .post("modules/" + module + "/items")
          .then()
          .statusCode(201);
    }
    String rubric =
        campus
            .as(Campus.COORDINATOR)
            .body(org.virtualcampus.support.PilotRubric.body())
            .post("courses/" + course + "/rubrics")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    campus
        .as(Campus.COORDINATOR)
        .body(
            Map.of(
                "instructions",
                "Reflect on **one** conversation.",
                "dueDay",
                6,
                "dueTime",
                "23:59",
                "expectsText",
                true,
                "expectsFiles",
                true,
                "fileTypes",
                List.of("pdf", "docx"),
                "rubricId",
                rubric))
        .put("modules/" + module + "/homework")
        .then()
        .statusCode(200);
    // An open module whose homework the seated educator handed in and got feedback on.
    String opened =
        java.time.LocalDate.ofInstant(campus.now(), java.time.ZoneOffset.UTC)
            .minusDays(2)
            .toString();
    String openModule =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("title", "Reflecting", "releaseOn", opened))
            .post("courses/" + course + "/modules")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    campus
        .as(Campus.COORDINATOR)
        .body(
            Map.of(
                "instructions",
                "Reflect.",
                "dueDay",
                6,
                "dueTime",
                "23:59",
                "expectsText",
                true,
                "expectsFiles",
                true,
                "fileTypes",
                List.of("pdf"),
                "rubricId",
                rubric))
        .put("modules/" + openModule + "/homework")
        .then()
        .statusCode(200);
    String podcast =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("kind", "PODCAST", "title", "A talk", "minutes", 20, "uploaded", true))
            .post("modules/" + openModule + "/items")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("items[0].id");
    campus
        .as(Campus.COORDINATOR)
        .contentType("application/octet-stream")
        .queryParam("filename", "talk.mp3")
        .body(org.virtualcampus.support.SampleFiles.mp3(40_000))
        .put("items/" + podcast + "/media")
        .then()
        .statusCode(200);
    String practice =
        campus
            .as(Campus.FACILITATOR)
            .body(
                Map.of(
                    "kind",
                    "PEER_FEEDBACK",
                    "title",
                    "Practice",
                    "minutes",
                    90,
                    "weeks",
                    3,
                    "joinUrl",
                    "https://meet.example.org/practice",
                    "startsAt",
                    plan.get("startsOn") + "T18:00"))
            .post("cohorts/" + cohort + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("[0].id");
    String homeworkPath = "cohorts/" + cohort + "/modules/" + openModule + "/homework";
    campus
        .as(seated, Campus.PASSWORD)
        .body(Map.of("text", "My *reflection*"))
        .put(homeworkPath + "/draft")
        .then()
        .statusCode(200);
    campus
        .as(seated, Campus.PASSWORD)
        .contentType("application/octet-stream")
        .queryParam("filename", "reflection.pdf")
        .body("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .post(homeworkPath + "/draft/files")
        .then()
        .statusCode(200);
    campus.as(seated, Campus.PASSWORD).post(homeworkPath + "/submissions").then().statusCode(200);
    String submission =
        campus
            .as(Campus.FACILITATOR)
            .get("cohorts/" + cohort + "/reviews")
            .jsonPath()
            .getString("items[0].submissionId");
    campus
        .as(Campus.FACILITATOR)
        .body(
            Map.of(
                "decision",
                "REVISION_REQUESTED",
                "comments",
                "Add a next step.",
                "scores",
                List.of(Map.of("criterion", 0, "level", 2), Map.of("criterion", 1, "level", 0))))
        .put("submissions/" + submission + "/review")
        .then()
        .statusCode(200);
    campus
        .as(Campus.FACILITATOR)
        .post("submissions/" + submission + "/release")
        .then()
        .statusCode(200);
    String educator = campus.newEducator("offered");
    cohorts.request(cohort, educator);
    cohorts.request(cohort, campus.newEducator("waiting"));

    List<String> everyone = List.of("index.xhtml", "cohorts.xhtml", "no-such-page.xhtml");
    List<String> members =
        List.of(
            "me/cohorts.xhtml",
            "me/profile.xhtml",
            "me/notifications.xhtml",
            "me/notification-preferences.xhtml");
    Map<String, List<String>> pagesByRole = new LinkedHashMap<>();
    pagesByRole.put(
        "anonymous",
        concat(
            everyone,
            List.of(
                "login.xhtml",
                "signup.xhtml",
                "invitation.xhtml?token=not-a-token",
                "forgot-password.xhtml",
                "reset-password.xhtml?token=not-a-token",
                "verify.xhtml?token=not-a-token",
                "certificate.xhtml",
                "certificate.xhtml?code=NOTAREALCODE")));
    pagesByRole.put(educator, concat(everyone, members));
    pagesByRole.put(
        seated,
        List.of(
            "me/learn.xhtml?cohort=" + cohort,
            "me/homework.xhtml?cohort=" + cohort + "&module=" + openModule,
            "me/sessions.xhtml",
            "me/attendance.xhtml",
            "me/check-in.xhtml",
            "me/practice.xhtml?session=" + practice,
            "me/portfolio.xhtml",
            "me/certificates.xhtml"));
    pagesByRole.put(
        Campus.FACILITATOR,
        concat(
            everyone,
            members,
            List.of(
                "facilitator/cohorts.xhtml",
                "facilitator/cohorts.xhtml?id=" + cohort,
                "facilitator/reviews.xhtml?cohort=" + cohort,
                "facilitator/review.xhtml?submission=" + submission,
                "facilitator/progress.xhtml?cohort=" + cohort,
                "facilitator/dashboard.xhtml?cohort=" + cohort,
                "facilitator/sessions.xhtml?cohort=" + cohort,
                "facilitator/attendance.xhtml?session=" + practice,
                "facilitator/practice.xhtml?session=" + practice,
                "facilitator/practice-figures.xhtml?cohort=" + cohort,
                "me/learn.xhtml?cohort=" + cohort)));
    pagesByRole.put(
        Campus.COORDINATOR,
        concat(
            everyone,
            members,
            List.of(
                "coordinator/cohorts.xhtml",
                "coordinator/cohort.xhtml?id=" + cohort,
                "coordinator/cohort.xhtml?tab=waitlist&id=" + cohort,
                "coordinator/cohort.xhtml?tab=seated&id=" + cohort,
                "coordinator/cohort.xhtml?tab=invitations&id=" + cohort,
                "coordinator/cohort.xhtml?tab=history&id=" + cohort,
                "coordinator/cohort.xhtml?tab=settings&id=" + cohort,
                "coordinator/outbox.xhtml",
                "coordinator/course.xhtml",
                "coordinator/course.xhtml?id=" + course,
                "coordinator/comparison.xhtml?course=" + course,
                "coordinator/feedback-models.xhtml",
                "me/learn.xhtml?course=" + course,
                "facilitator/cohorts.xhtml")));
    pagesByRole.put(Campus.ADMIN, concat(everyone, members, List.of("admin/members.xhtml")));

    List<String> violations = new ArrayList<>();
    List<String> report = new ArrayList<>();
    long longest = 0;
    String longestPage = "";
    int checked = 0;
    for (var entry : pagesByRole.entrySet()) {
      String role = entry.getKey();
      String who =
          role.equals(educator)
              ? "educator"
              : role.contains("@") ? role.substring(0, role.indexOf('@')) : role;
      try (Browser browser = new Browser(campus.app())) {
        if (!role.equals("anonymous")) {
          browser.signIn(
              role,
              role.equals(educator) || role.equals(seated)
                  ? Campus.PASSWORD
                  : Campus.DEMO_PASSWORD);
          browser.find("#nav\\:signedInAs");
        }
        for (String page : entry.getValue()) {
          for (int[] size : WIDTHS) {
            browser.resize(size[0], size[1]).open(page);
            browser.find("h1");
            String at = who + " " + page + " @" + size[0];
            if (!page.startsWith("no-such-page")) {
              assertThat(browser.driver().findElements(org.openqa.selenium.By.id("errorText")))
                  .as(at + " shows the page, not the error page")
                  .isEmpty();
            }
            List<String> found = Axe.violations(browser.driver());
            found.forEach(v -> violations.add(at + ": " + v));
            long height = browser.pageHeight();
            report.add(at + " height " + height + " px, violations " + found.size());
            if (size[0] < 500 && height > longest) {
              longest = height;
              longestPage = at;
            }
            browser.screenshotWholePage(
                "a11y-"
                    + who
                    + "-"
                    + page.replaceAll("id=[0-9a-f-]+", "id").replaceAll("[^A-Za-z0-9]+", "-")
                    + "-"
                    + size[0]);
            checked++;
          }
        }
      }
    }
    report.add("");
    report.add("pages checked: " + checked + ", violations: " + violations.size());
    report.add("longest page at phone width: " + longest + " px (" + longestPage + ")");
    report.addAll(violations);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "accessibility-report.txt"), report);

    assertThat(violations).as("axe-core WCAG 2.2 AA violations").isEmpty();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }
}
