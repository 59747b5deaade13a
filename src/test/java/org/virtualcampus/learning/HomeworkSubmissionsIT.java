package org.virtualcampus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;
import org.virtualcampus.support.HomeworkFixture;

/**
 * Homework handed in, reviewed with a rubric, revised and accepted (issue 9): versions, late
 * marking by the test clock, files with their rights, and the one completion rule.
 */
@ExtendWith(ArquillianExtension.class)
class HomeworkSubmissionsIT {
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;
  String facilitatorId;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
    facilitatorId = idOf(Campus.FACILITATOR);
  }

  private String idOf(String email) {
    return campus.as(email).get("members/me").jsonPath().getString("id");
  }

  /** A course module open since yesterday with one item and homework scored by the rubric. */
  private record Setup(String course, String module, String item, String cohort, String rubric) {}

  private Setup setup(int maxFileMb, List<String> facilitators) {
    String course = new CohortFixture(campus).course();
    HomeworkFixture material = new HomeworkFixture(campus);
    String rubric = material.rubric(course);
    String module = material.openModule(course, "Week 1");
    String item =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("kind", "READING", "title", "Read", "body", "Text", "minutes", 10))
            .post("modules/" + module + "/items")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("items[0].id");
    material.homework(module, List.of("pdf"), false, maxFileMb, rubric);
    Map<String, Object> plan = cohorts.plan(10);
    plan.put("courseId", course);
    plan.put("facilitatorIds", facilitators);
    return new Setup(course, module, item, cohorts.open(plan), rubric);
  }

  private String homeworkPath(Setup s) {
    return "cohorts/" + s.cohort() + "/modules/" + s.module() + "/homework";
  }

  private String seated(Setup s, String prefix) {
    String educator = campus.newEducator(prefix);
    cohorts.request(s.cohort(), educator);
    return educator;
  }

  private RequestSpecification as(String educator) {
    return campus.as(educator, Campus.PASSWORD);
  }

  private JsonPath attach(String educator, Setup s, String name, byte[] content, int status) {
    return as(educator)
        .contentType("application/octet-stream")
        .queryParam("filename", name)
        .body(content)
        .post(homeworkPath(s) + "/draft/files")
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  private static List<Map<String, Object>> scores(int... levels) {
    List<Map<String, Object>> scores = new java.util.ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      scores.add(Map.of("criterion", i, "level", levels[i]));
    }
    return scores;
  }

  private JsonPath queue(String cohort, String category) {
    return campus
        .as(Campus.FACILITATOR)
        .queryParam("category", category)
        .get("cohorts/" + cohort + "/reviews")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void handInReviewReviseAcceptAndTheModuleCompletes() throws Exception {
    Setup s = setup(20, List.of(facilitatorId));
    String educator = seated(s, "handin");

    // Nothing to hand in yet; then a draft saved as the educator writes.
    as(educator).post(homeworkPath(s) + "/submissions").then().statusCode(409);
    as(educator)
        .body(Map.of("text", "First *thoughts*"))
        .put(homeworkPath(s) + "/draft")
        .then()
        .statusCode(200)
        .body("current.state", equalTo("DRAFT"))
        .body("current.html", containsString("<em>thoughts</em>"));
    JsonPath withFile = attach(educator, s, "reflection.pdf", PDF, 200);
    String fileId = withFile.getString("current.files[0].id");
    assertThat(withFile.getString("current.files[0].mediaType")).isEqualTo("application/pdf");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
    assertThat(withFile.getString("current.files[0].sha256")).isEqualTo(sha);

    // The draft's file is the educator's own: staff and others do not see it yet.
    byte[] back =
        as(educator).get("files/" + fileId).then().statusCode(200).extract().asByteArray();
    assertThat(back).isEqualTo(PDF);
    campus.as(Campus.FACILITATOR).get("files/" + fileId).then().statusCode(404);

    JsonPath handedIn =
        as(educator)
            .post(homeworkPath(s) + "/submissions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(handedIn.getString("current.state")).isEqualTo("SUBMITTED");
    assertThat(handedIn.getBoolean("current.late")).isFalse();
    assertThat(handedIn.getBoolean("writable")).isFalse();
    as(educator)
        .body(Map.of("text", "more"))
        .put(homeworkPath(s) + "/draft")
        .then()
        .statusCode(409);

    // The facilitator finds it waiting, with the file, and scores it.
    JsonPath waiting = queue(s.cohort(), "WAITING");
    assertThat(waiting.getLong("waiting")).isEqualTo(1);
    String submission = waiting.getString("items[0].submissionId");
    assertThat(waiting.getString("items[0].reviewerId")).isEqualTo(facilitatorId);
    campus.as(Campus.FACILITATOR).get("files/" + fileId).then().statusCode(200);
    campus
        .as(Campus.FACILITATOR)
        .get("submissions/" + submission)
        .then()
        .statusCode(200)
        .body("submission.files[0].fileName", equalTo("reflection.pdf"))
        .body("homework.rubric.grid.criteria.size()", equalTo(2));

    // A score outside the rubric's levels is refused, naming the criterion.
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("decision", "REVISION_REQUESTED", "scores", scores(1, 7)))
        .put("submissions/" + submission + "/review")
        .then()
        .statusCode(400)
        .body("detail", containsString("Plans next steps"));
    campus
        .as(Campus.FACILITATOR)
        .body(
            Map.of(
                "decision",
                "REVISION_REQUESTED",
                "comments",
                "Say what you would do next.",
                "scores",
                scores(2, 0)))
        .put("submissions/" + submission + "/review")
        .then()
        .statusCode(200)
        .body("submission.feedback.points", equalTo(2));

    // Held back until released: the educator still sees a hand-in waiting.
    as(educator)
        .get(homeworkPath(s))
        .then()
        .body("current.state", equalTo("SUBMITTED"))
        .body("current.feedback", equalTo(null));
    assertThat(queue(s.cohort(), "TO_RELEASE").getLong("toRelease")).isEqualTo(1);
    campus
        .as(Campus.FACILITATOR)
        .post("submissions/" + submission + "/release")
        .then()
        .statusCode(200);
    campus
        .as(Campus.FACILITATOR)
        .post("submissions/" + submission + "/release")
        .then()
        .statusCode(409);
    as(educator)
        .get("notifications/mine")
        .then()
        .statusCode(200)
        .body("items.kind", org.hamcrest.Matchers.hasItem("FEEDBACK_RELEASED"));

    JsonPath revise = as(educator).get(homeworkPath(s)).jsonPath();
    assertThat(revise.getString("current.state")).isEqualTo("REVISION_REQUESTED");
    assertThat(revise.getString("current.feedback.comments"))
        .isEqualTo("Say what you would do next.");
    assertThat(revise.getBoolean("writable")).isTrue();

    // A new version starts from the last one, its file included; the first stays as it was.
    JsonPath second =
        as(educator)
            .body(Map.of("text", "First thoughts, and next I will ask first."))
            .put(homeworkPath(s) + "/draft")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(second.getInt("current.number")).isEqualTo(2);
    assertThat(second.getString("current.files[0].id")).isEqualTo(fileId);
    assertThat(second.getString("earlier[0].text")).isEqualTo("First *thoughts*");
    assertThat(second.getString("earlier[0].feedback.decision")).isEqualTo("REVISION_REQUESTED");
    as(educator).post(homeworkPath(s) + "/submissions").then().statusCode(200);

    JsonPath revised = queue(s.cohort(), "REVISED");
    assertThat(revised.getLong("revised")).isEqualTo(1);
    String secondId = revised.getString("items[0].submissionId");
    campus
        .as(Campus.FACILITATOR)
        .get("submissions/" + secondId)
        .then()
        .body("earlier[0].feedback.comments", equalTo("Say what you would do next."));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("decision", "ACCEPTED", "scores", scores(2, 2)))
        .put("submissions/" + secondId + "/review")
        .then()
        .statusCode(200);
    campus
        .as(Campus.FACILITATOR)
        .post("cohorts/" + s.cohort() + "/reviews/releases")
        .then()
        .statusCode(200)
        .body("released", equalTo(1));

    // Accepted: nothing more to write; the module completes once its item is done too.
    as(educator).get(homeworkPath(s)).then().body("current.state", equalTo("ACCEPTED"));
    as(educator).body(Map.of("text", "x")).put(homeworkPath(s) + "/draft").then().statusCode(409);
    JsonPath modules = as(educator).get("cohorts/" + s.cohort() + "/modules").jsonPath();
    assertThat(modules.getBoolean("modules[0].homeworkDone")).isTrue();
    assertThat(modules.getBoolean("modules[0].complete")).isFalse();
    JsonPath done =
        as(educator)
            .put("cohorts/" + s.cohort() + "/modules/items/" + s.item() + "/done")
            .jsonPath();
    assertThat(done.getBoolean("modules[0].complete")).isTrue();
    assertThat(done.getInt("modulesComplete")).isEqualTo(1);

    // The facilitator's overview reads the same rule.
    JsonPath progress =
        campus
            .as(Campus.FACILITATOR)
            .get("cohorts/" + s.cohort() + "/progress")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(progress.getInt("modules")).isEqualTo(1);
    assertThat(progress.getInt("members.find { it.name == 'handin Tester' }.modulesComplete"))
        .isEqualTo(1);
    as(educator).get("cohorts/" + s.cohort() + "/progress").then().statusCode(403);
  }

  @Test
  void onlyTheEducatorAndTheCohortsStaffReachAHandIn() {
    Setup s = setup(20, List.of(facilitatorId));
    String educator = seated(s, "owner");
    String classmate = seated(s, "classmate");
    String fileId = attach(educator, s, "mine.pdf", PDF, 200).getString("current.files[0].id");
    as(educator).post(homeworkPath(s) + "/submissions").then().statusCode(200);
    String submission = queue(s.cohort(), "WAITING").getString("items[0].submissionId");

    // Another cohort's facilitator, a classmate, anonymous: never the content.
    Setup other = setup(20, List.of(idOf("facilitator2@campus.example")));
    campus
        .as("facilitator2@campus.example")
        .get("submissions/" + submission)
        .then()
        .statusCode(404);
    campus.as("facilitator2@campus.example").get("files/" + fileId).then().statusCode(404);
    campus
        .as("facilitator2@campus.example")
        .get("cohorts/" + s.cohort() + "/reviews")
        .then()
        .statusCode(403);
    as(classmate).get("files/" + fileId).then().statusCode(404);
    as(classmate).get("submissions/" + submission).then().statusCode(404);
    campus.anonymous().get("files/" + fileId).then().statusCode(401);
    campus.anonymous().get(homeworkPath(s)).then().statusCode(401);
    // Staff do not hand in; the coordinator reads it.
    campus.as(Campus.FACILITATOR).get(homeworkPath(s)).then().statusCode(403);
    campus.as(Campus.COORDINATOR).get("submissions/" + submission).then().statusCode(200);
    campus.as(Campus.COORDINATOR).get("files/" + fileId).then().statusCode(200);
    // A module of another course is not there.
    as(educator)
        .get("cohorts/" + s.cohort() + "/modules/" + other.module() + "/homework")
        .then()
        .statusCode(404);

    // Coordinators reassign, only to the cohort's facilitators.
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("reviewerId", as(classmate).get("members/me").jsonPath().getString("id")))
        .put("submissions/" + submission + "/reviewer")
        .then()
        .statusCode(400)
        .body("detail", containsString("not a facilitator"));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("reviewerId", facilitatorId))
        .put("submissions/" + submission + "/reviewer")
        .then()
        .statusCode(403);
  }

  @Test
  void wrongTypeOrTooLargeIsRefusedAndTheDraftKeepsWhatItHad() {
    Setup s = setup(1, List.of(facilitatorId));
    String educator = seated(s, "files");
    attach(educator, s, "first.pdf", PDF, 200);
    JsonPath refused =
        attach(educator, s, "notes.pdf", "just text".getBytes(StandardCharsets.UTF_8), 415);
    assertThat(refused.getString("detail")).contains("pdf");
    JsonPath tooLarge = attach(educator, s, "big.pdf", bigPdf(2 * 1024 * 1024), 413);
    assertThat(tooLarge.getString("detail")).contains("1 MB");
    as(educator)
        .get(homeworkPath(s))
        .then()
        .body("current.files.size()", equalTo(1))
        .body("current.files[0].fileName", equalTo("first.pdf"));
  }

  @Test
  void lateHandInsAreMarkedUntilTheCohortEnds() {
    Setup s = setup(20, List.of(facilitatorId));
    String educator = seated(s, "late");
    as(educator)
        .body(Map.of("text", "Late but here"))
        .put(homeworkPath(s) + "/draft")
        .then()
        .statusCode(200);
    // The cohort starts in four weeks; the homework is due six days after.
    campus.advanceClock(Duration.ofDays(36));
    as(educator)
        .post(homeworkPath(s) + "/submissions")
        .then()
        .statusCode(200)
        .body("current.late", equalTo(true));
    JsonPath late = queue(s.cohort(), "LATE");
    assertThat(late.getLong("late")).isEqualTo(1);
    assertThat(late.getBoolean("items[0].late")).isTrue();

    // Once the cohort is over, nothing more is accepted.
    String classmate = seated(s, "toolate");
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("status", "RUNNING"))
        .post("cohorts/" + s.cohort() + "/status")
        .then()
        .statusCode(200);
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("status", "COMPLETED"))
        .post("cohorts/" + s.cohort() + "/status")
        .then()
        .statusCode(200);
    as(classmate)
        .body(Map.of("text", "Too late"))
        .put(homeworkPath(s) + "/draft")
        .then()
        .statusCode(409)
        .body("detail", containsString("ended"));
  }

  @Test
  void aCourseCanCountHomeworkOnlyOnceAccepted() {
    Setup s = setup(20, List.of(facilitatorId));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("homeworkCompletion", "ACCEPTED"))
        .put("courses/" + s.course() + "/learning-settings")
        .then()
        .statusCode(200);
    String educator = seated(s, "strict");
    as(educator)
        .put("cohorts/" + s.cohort() + "/modules/items/" + s.item() + "/done")
        .then()
        .statusCode(200);
    as(educator)
        .body(Map.of("text", "Done"))
        .put(homeworkPath(s) + "/draft")
        .then()
        .statusCode(200);
    as(educator).post(homeworkPath(s) + "/submissions").then().statusCode(200);
    JsonPath handedIn = as(educator).get("cohorts/" + s.cohort() + "/modules").jsonPath();
    assertThat(handedIn.getBoolean("modules[0].homeworkDone")).isFalse();
    assertThat(handedIn.getBoolean("modules[0].complete")).isFalse();

    String submission = queue(s.cohort(), "WAITING").getString("items[0].submissionId");
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("decision", "ACCEPTED", "scores", scores(2, 2)))
        .put("submissions/" + submission + "/review")
        .then()
        .statusCode(200);
    campus
        .as(Campus.FACILITATOR)
        .post("submissions/" + submission + "/release")
        .then()
        .statusCode(200);
    JsonPath accepted = as(educator).get("cohorts/" + s.cohort() + "/modules").jsonPath();
    assertThat(accepted.getBoolean("modules[0].complete")).isTrue();

    // Homework someone handed in cannot be removed with their work.
    campus
        .as(Campus.COORDINATOR)
        .delete("modules/" + s.module() + "/homework")
        .then()
        .statusCode(409);
  }

  static byte[] bigPdf(int size) {
    byte[] content = new byte[size];
    System.arraycopy(PDF, 0, content, 0, PDF.length);
    return content;
  }
}
