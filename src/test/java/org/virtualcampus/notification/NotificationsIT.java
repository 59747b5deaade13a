package org.virtualcampus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;
import org.virtualcampus.support.Mailbox;

/**
 * Notifications end to end: a sign-up queues a welcome, the relay in the running campus sends it to
 * a real SMTP server on loopback (the suite's {@link Mailbox}), and the outbox shows it as sent.
 * Texts in the member's language; read and unread; a two-day mail outage; giving up and a
 * coordinator's retry; the daily digest; invitation secrets; who may read what, and bad input.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
    Mailbox.start();
  }

  @AfterEach
  void mailServerBack() {
    Mailbox.start();
  }

  @Test
  void welcomeMailReachesTheNewMemberAndTheOutboxShowsItSent() throws Exception {
    String email = campus.newEducator("welcome");

    MimeMessage mail =
        Mailbox.await(
            email,
            m -> Mailbox.subject(m).equals("Welcome to Virtual Campus"),
            Duration.ofSeconds(10));
    assertThat(Mailbox.text(mail))
        .startsWith("Hello welcome Tester,")
        .contains("/login.xhtml with " + email)
        .contains("/me/notification-preferences.xhtml");
    assertThat(mail.getContentType()).startsWith("multipart/alternative");
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress())
        .isEqualTo("no-reply@campus.example");
    assertThat(Arrays.stream(mail.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()))
        .containsExactly(email);

    Map<String, Object> entry =
        eventually(
            "the outbox to show the welcome as sent", () -> outboxEntry("sent", email, "WELCOME"));
    assertThat(entry)
        .containsEntry("kind", "WELCOME")
        .containsEntry("status", "SENT")
        .containsEntry("subject", "Welcome to Virtual Campus")
        .doesNotContainKey("lastError");
    assertThat(OffsetDateTime.parse((String) entry.get("sentAt")))
        .isAfterOrEqualTo(OffsetDateTime.parse((String) entry.get("createdAt")));
    assertThat(Mailbox.to(email))
        .as("sent exactly once")
        .filteredOn(m -> Mailbox.subject(m).equals("Welcome to Virtual Campus"))
        .hasSize(1);
  }

  @Test
  void membersSeeTheirOwnNotificationsOnly() {
    String nora = campus.newEducator("mine");
    String other = campus.newEducator("other");

    JsonPath mine =
        campus
            .as(nora, Campus.PASSWORD)
            .get("notifications/mine")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(mine.getInt("total")).isEqualTo(1);
    assertThat(mine.getString("items[0].kind")).isEqualTo("WELCOME");
    assertThat(mine.getString("items[0].body")).contains(nora);
    assertThat(OffsetDateTime.parse(mine.getString("items[0].createdAt")).getOffset()).isNotNull();
    assertThat(mine.getMap("items[0]"))
        .doesNotContainKeys("lastError", "attempts", "recipientEmail");

    campus
        .as(other, Campus.PASSWORD)
        .get("notifications/mine")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].body", org.hamcrest.Matchers.containsString(other));
  }

  @Test
  void outboxFiltersByStatusNewestFirstAndPages() {
    String first = campus.newEducator("older");
    String second = campus.newEducator("newer");
    JsonPath all =
        campus
            .as(Campus.COORDINATOR)
            .queryParam("size", 4)
            .get("notifications")
            .then()
            .statusCode(200)
            .body("size", equalTo(4))
            .body("page", equalTo(0))
            .extract()
            .jsonPath();
    // each sign-up queues a welcome and the link that confirms the address
    assertThat(all.getList("items.recipientEmail")).containsExactly(second, second, first, first);
    assertThat(all.getLong("total")).isGreaterThanOrEqualTo(2);

    campus
        .as(Campus.ADMIN)
        .queryParam("status", "PENDING")
        .queryParam("size", 200)
        .get("notifications")
        .then()
        .statusCode(200)
        .body("items.status", everyItem(equalTo("PENDING")));
    campus
        .as(Campus.COORDINATOR)
        .queryParam("status", "failed")
        .get("notifications")
        .then()
        .statusCode(200)
        .body("items.status", everyItem(equalTo("FAILED")));
  }

  @Test
  void anonymousCallersGet401AndEducatorsCannotReadTheOutbox() {
    campus
        .anonymous()
        .get("notifications")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    campus
        .anonymous()
        .get("notifications/mine")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    campus
        .as(Campus.EDUCATOR)
        .get("notifications")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
    campus.as(Campus.FACILITATOR).get("notifications").then().statusCode(403);
    campus.as(Campus.EDUCATOR).get("notifications/mine").then().statusCode(200);
  }

  @Test
  void unknownStatusOrNonNumericPageIsA400Problem() {
    campus
        .as(Campus.COORDINATOR)
        .queryParam("status", "delivered")
        .get("notifications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:virtual-campus:problem:validation"))
        .body("errors.field", hasItem("status"));
    campus
        .as(Campus.COORDINATOR)
        .queryParam("size", "lots")
        .get("notifications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("size"));
    campus
        .as(Campus.EDUCATOR)
        .queryParam("page", "x")
        .get("notifications/mine")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("page"));
  }

  @Test
  void textsAreRenderedInTheMembersLanguageWhenShown() {
    String lucia = campus.newEducator("lucia");
    campus
        .as(lucia, Campus.PASSWORD)
        .body(
            Map.of(
                "displayName",
                "Lucía",
                "profession",
                "NURSE",
                "timeZone",
                "America/Mexico_City",
                "language",
                "es"))
        .put("members/me")
        .then()
        .statusCode(200)
        .body("language", equalTo("es"));
    JsonPath mine =
        campus.as(lucia, Campus.PASSWORD).get("notifications/mine").then().extract().jsonPath();
    assertThat(mine.getString("items[0].subject")).isEqualTo("Bienvenido a Virtual Campus");
    assertThat(mine.getString("items[0].body")).startsWith("Hola, Lucía:").contains(lucia);
  }

  @Test
  void unreadCountFallsAsNoticesAreMarkedReadOneOrAll() {
    String nora = campus.newEducator("unread");
    String cohort = cohorts.open(5);
    cohorts.request(cohort, nora);
    assertThat(unread(nora)).isEqualTo(2);

    List<String> ids =
        campus
            .as(nora, Campus.PASSWORD)
            .get("notifications/mine")
            .then()
            .extract()
            .jsonPath()
            .getList("items.id");
    campus
        .as(nora, Campus.PASSWORD)
        .post("notifications/" + ids.get(0) + "/read")
        .then()
        .statusCode(200);
    assertThat(unread(nora)).isEqualTo(1);
    campus
        .as(campus.newEducator("nosy"), Campus.PASSWORD)
        .post("notifications/" + ids.get(1) + "/read")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertThat(unread(nora)).as("someone else cannot mark it").isEqualTo(1);

    campus
        .as(nora, Campus.PASSWORD)
        .post("notifications/mine/read")
        .then()
        .statusCode(200)
        .body("marked", equalTo(1));
    assertThat(unread(nora)).isZero();
    campus
        .as(nora, Campus.PASSWORD)
        .get("notifications/mine")
        .then()
        .body("items.read", everyItem(equalTo(true)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void coordinatorsCannotReadInvitationSecretsInTheOutbox() {
    String invitee = Campus.uniqueEmail("secret");
    cohorts.invitationOnlyWith(invitee);
    String token = campus.invitationTokenFor(invitee);

    for (String status : List.of("", "sent", "pending")) {
      String outbox =
          campus
              .as(Campus.COORDINATOR)
              .queryParam("size", 200)
              .queryParam("status", status)
              .get("notifications")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertThat(outbox).doesNotContain(token);
    }
    Map<String, Object> entry =
        outboxEntry("sent", invitee).orElseThrow(() -> new AssertionError("no invitation"));
    assertThat(entry).containsEntry("kind", "INVITATION");
    assertThat((String) entry.get("body")).doesNotContain("token=").contains("sent by e-mail");
    assertThat(((Map<String, Object>) entry.get("params")).keySet())
        .contains("invitationId", "cohortName")
        .doesNotContain("token", "secret");
  }

  /**
   * The mail server is away for two whole days (the app's clock moved forward, the relay trying
   * whenever a retry is due); once it is back the notice is delivered, nothing lost.
   */
  @Test
  void aTwoDayMailOutageLosesNoNotice() throws Exception {
    Mailbox.stop();
    String email = campus.newEducator("outage");
    int tries = awaitTries(email, 1);
    for (int hours = 6; hours <= 48; hours += 6) {
      campus.advanceClock(Duration.ofHours(6));
      tries = awaitTries(email, tries + 1);
    }
    assertThat(outboxEntry("pending", email)).as("still being retried after 48 h").isPresent();

    Mailbox.start();
    campus.advanceClock(Duration.ofHours(1));
    Mailbox.await(
        email, m -> Mailbox.subject(m).equals("Welcome to Virtual Campus"), Duration.ofSeconds(15));
    eventually("the outbox to show it sent", () -> outboxEntry("sent", email));
    assertThat(Mailbox.to(email))
        .filteredOn(m -> Mailbox.subject(m).equals("Welcome to Virtual Campus"))
        .hasSize(1);
  }

  @Test
  void afterTheRetryWindowANoticeIsFailedUntilACoordinatorRetriesIt() throws Exception {
    Mailbox.stop();
    String email = campus.newEducator("giveup");
    int tries = awaitTries(email, 1);
    Optional<Map<String, Object>> failed = Optional.empty();
    for (int step = 0; step < 10 && failed.isEmpty(); step++) {
      campus.advanceClock(Duration.ofHours(12));
      tries = awaitTries(email, tries + 1);
      failed = outboxEntry("failed", email);
    }
    assertThat(failed).as("given up after the retry window").isPresent();
    assertThat(failed.get()).containsKey("failedAt").containsKey("lastError");
    String id = (String) failed.get().get("id");
    campus.as(Campus.EDUCATOR).post("notifications/" + id + "/retry").then().statusCode(403);

    Mailbox.start();
    campus
        .as(Campus.COORDINATOR)
        .post("notifications/" + id + "/retry")
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"));
    Mailbox.await(email, m -> true, Duration.ofSeconds(15));
    eventually("the outbox to show it sent", () -> outboxEntry("sent", email));
    campus
        .as(Campus.COORDINATOR)
        .post("notifications/" + id + "/retry")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void digestArrivesOnceWithAllTheDaysNotices() throws Exception {
    String email = campus.newEducator("digest");
    Mailbox.await(email, m -> true, Duration.ofSeconds(10)); // the welcome, always at once
    campus
        .as(email, Campus.PASSWORD)
        .body(Map.of("ENROLLED", "DIGEST", "WITHDRAWN", "digest", "REMOVED", "IN_APP"))
        .put("notifications/preferences")
        .then()
        .statusCode(200)
        .body("ENROLLED", equalTo("DIGEST"))
        .body("WITHDRAWN", equalTo("DIGEST"))
        .body("SEAT_OFFERED", equalTo("EMAIL"));
    String cohort = cohorts.open(5);
    String place = (String) cohorts.request(cohort, email).get("id");
    campus
        .as(email, Campus.PASSWORD)
        .post("enrollments/" + place + "/withdraw")
        .then()
        .statusCode(200);
    // The relay runs every second: three seconds of it send nothing more.
    org.awaitility.Awaitility.await("only the welcome and the address confirmation")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(6))
        .until(() -> Mailbox.to(email).size() == 2);
    assertThat(Mailbox.to(email))
        .as("nothing but the welcome and the address confirmation yet")
        .hasSize(2);

    campus.advanceClock(Duration.ofDays(1));
    MimeMessage digest =
        Mailbox.await(email, m -> Mailbox.subject(m).contains("digest"), Duration.ofSeconds(15));
    assertThat(Mailbox.text(digest))
        .contains("2 notices from")
        .contains("You are enrolled in ")
        .contains("You have withdrawn from ");
    campus.advanceClock(Duration.ofDays(1));
    org.awaitility.Awaitility.await("one digest, however long the relay runs")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(6))
        .until(
            () ->
                Mailbox.to(email).stream()
                        .filter(m -> Mailbox.subject(m).contains("digest"))
                        .count()
                    == 1);
    assertThat(Mailbox.to(email).stream().filter(m -> Mailbox.subject(m).contains("digest")))
        .as("one digest for the day, however many relay runs and instances")
        .hasSize(1);
    campus
        .as(email, Campus.PASSWORD)
        .get("notifications/mine")
        .then()
        .body("items.findAll { it.kind != 'WELCOME' }.status", everyItem(equalTo("SENT")))
        .body("items.findAll { it.kind != 'WELCOME' }.delivery", everyItem(equalTo("DIGEST")));
  }

  @Test
  void unknownKindOrDeliveryInPreferencesIsA400AndChangesNothing() {
    String email = campus.newEducator("prefs");
    campus
        .as(email, Campus.PASSWORD)
        .body(Map.of("ENROLLED", "DIGEST", "WELCOME", "IN_APP", "OFFER_EXPIRED", "PIGEON"))
        .put("notifications/preferences")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.hasItems("WELCOME", "OFFER_EXPIRED"));
    campus
        .as(email, Campus.PASSWORD)
        .get("notifications/preferences")
        .then()
        .statusCode(200)
        .body("ENROLLED", equalTo("EMAIL"));
  }

  @Test
  void pagesShowTheUnreadCountTheNoticesAndTheChoices() {
    String email = campus.newEducator("pages");
    var session = campus.signInToPages(email, Campus.PASSWORD);
    String mine =
        io.restassured.RestAssured.given()
            .cookies(session)
            .get(campus.app().resolve("me/notifications.xhtml"))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(mine)
        .contains("Notifications (1 unread)")
        .contains("Mark all read")
        .contains("your Virtual Campus account is ready")
        .contains("href=\"http");
    String choices =
        io.restassured.RestAssured.given()
            .cookies(session)
            .get(campus.app().resolve("me/notification-preferences.xhtml"))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(choices)
        .contains("Seat offered")
        .contains("Daily digest")
        .contains("In the app only");
    io.restassured.RestAssured.given()
        .cookies(campus.signInToPages(Campus.COORDINATOR, Campus.DEMO_PASSWORD))
        .get(campus.app().resolve("coordinator/outbox.xhtml"))
        .then()
        .statusCode(200);
  }

  private long unread(String email) {
    return campus
        .as(email, Campus.PASSWORD)
        .get("notifications/mine/unread")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("unread");
  }

  /** Waits until the relay has tried the member's (only) notice at least {@code atLeast} times. */
  private int awaitTries(String email, int atLeast) throws InterruptedException {
    Map<String, Object> entry =
        eventually(
            atLeast + " tries of the notice to " + email,
            () ->
                outboxEntry("", email)
                    .filter(e -> ((Number) e.get("attempts")).intValue() >= atLeast));
    return ((Number) entry.get("attempts")).intValue();
  }

  private Optional<Map<String, Object>> outboxEntry(String status, String email) {
    return outboxEntry(status, email, null);
  }

  /** The newest outbox entry to {@code email} in {@code status}, of {@code kind} unless null. */
  private Optional<Map<String, Object>> outboxEntry(String status, String email, String kind) {
    JsonPath page =
        campus
            .as(Campus.COORDINATOR)
            .queryParam("status", status)
            .queryParam("size", 200)
            .get("notifications")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return page.<Map<String, Object>>getList("items").stream()
        .filter(item -> email.equals(item.get("recipientEmail")))
        .filter(item -> kind == null || kind.equals(item.get("kind")))
        .findFirst();
  }

  /**
   * The relay runs every second in the tests: a few seconds is plenty, and bounds a broken relay.
   */
  private static <T> T eventually(String what, Supplier<Optional<T>> probe)
      throws InterruptedException {
    return org.awaitility.Awaitility.await(what)
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(probe::get, Optional::isPresent)
        .get();
  }
}
