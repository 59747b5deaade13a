package org.virtualcampus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.virtualcampus.support.Campus;

/**
 * Notifications end to end: a sign-up queues a welcome, the relay in the running campus sends it to
 * a real SMTP server on loopback (the port the build hands to both sides), and the outbox shows it
 * as sent. Also who may read the outbox, and bad input.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  static final int SMTP_PORT = Integer.getInteger("campus.it.mail.port", 3025);

  @RegisterExtension
  static final GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  @Test
  void welcomeMailReachesTheNewMemberAndTheOutboxShowsItSent() throws Exception {
    String email = campus.newEducator("welcome");

    MimeMessage mail = eventually("a mail to " + email, () -> receivedBy(email));
    assertThat(mail.getSubject()).isEqualTo("Welcome to Virtual Campus");
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress())
        .isEqualTo("no-reply@campus.example");
    assertThat(Arrays.stream(mail.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()))
        .containsExactly(email);

    Map<String, Object> entry =
        eventually("the outbox to show the welcome as sent", () -> outboxEntry("sent", email));
    assertThat(entry)
        .containsEntry("kind", "WELCOME")
        .containsEntry("status", "SENT")
        .containsEntry("subject", "Welcome to Virtual Campus")
        .doesNotContainKey("lastError");
    assertThat(OffsetDateTime.parse((String) entry.get("sentAt")))
        .isAfterOrEqualTo(OffsetDateTime.parse((String) entry.get("createdAt")));
    assertThat(smtp.getReceivedMessagesForDomain(email)).as("sent exactly once").hasSize(1);
  }

  @Test
  void membersSeeTheirOwnNotificationsOnly() {
    String nora = campus.newEducator("mine");
    String other = campus.newEducator("other");

    JsonPath mine =
        campus
            .as(nora, "password123")
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
        .as(other, "password123")
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
            .queryParam("size", 2)
            .get("notifications")
            .then()
            .statusCode(200)
            .body("size", equalTo(2))
            .body("page", equalTo(0))
            .extract()
            .jsonPath();
    assertThat(all.getList("items.recipientEmail")).containsExactly(second, first);
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

  private Optional<MimeMessage> receivedBy(String email) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isFor(m, email)).findFirst();
  }

  private static boolean isFor(MimeMessage mail, String email) {
    try {
      Address[] to = mail.getAllRecipients();
      return to != null
          && Arrays.stream(to)
              .anyMatch(a -> email.equalsIgnoreCase(((InternetAddress) a).getAddress()));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<Map<String, Object>> outboxEntry(String status, String email) {
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
        .findFirst();
  }

  /**
   * The relay runs every second in the tests: a few seconds is plenty, and bounds a broken relay.
   */
  private static <T> T eventually(String what, Supplier<Optional<T>> probe)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Waited 10 s for " + what);
  }
}
