package org.virtualcampus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;

/** Password reset by e-mail link (issue 7, item 2). */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {
  static final String NEW_PASSWORD = "a-brand-new-passphrase-42";

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  private String askForReset(String email) {
    return campus
        .anonymous()
        .body(Map.of("email", email))
        .post("password-resets")
        .then()
        .statusCode(202)
        .extract()
        .jsonPath()
        .getString("detail");
  }

  @Test
  void aResetLinkSetsANewPasswordAndEndsEveryOtherSessionAndToken() {
    String email = campus.newEducator("reset");
    String oldToken = campus.requestToken(email, Campus.PASSWORD).jsonPath().getString("token");
    Map<String, String> session = campus.signInToPages(email, Campus.PASSWORD);
    assertThat(campus.pageStatus(session, "me/profile.xhtml")).isEqualTo(200);

    askForReset(email);
    String link = campus.linkTokenFor(email, "reset-password.xhtml");
    campus
        .anonymous()
        .body(Map.of("password", "short"))
        .post("password-resets/" + link)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("password"));
    campus
        .anonymous()
        .body(Map.of("password", NEW_PASSWORD))
        .post("password-resets/" + link)
        .then()
        .statusCode(200)
        .body("tokensRevoked", greaterThanOrEqualTo(1));

    campus.withToken(oldToken).get("members/me").then().statusCode(401);
    assertThat(campus.pageStatus(session, "me/profile.xhtml")).isEqualTo(302);
    campus.requestToken(email, Campus.PASSWORD).then().statusCode(401);
    campus.requestToken(email, NEW_PASSWORD).then().statusCode(201);

    campus
        .anonymous()
        .body(Map.of("password", "another-new-passphrase-7"))
        .post("password-resets/" + link)
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("title", equalTo("Link already used"));
  }

  @Test
  void theForgotPasswordAndResetPagesSetANewPassword() {
    String email = campus.newEducator("pages");
    campus
        .submitPage("forgot-password.xhtml", "forgot", Map.of("email", email), "send")
        .then()
        .statusCode(200)
        .body(containsString("a link to set a new password is on its way"));
    String link = campus.linkTokenFor(email, "reset-password.xhtml");

    campus
        .submitPage(
            "reset-password.xhtml?token=" + link,
            "reset",
            Map.of("token", link, "password", NEW_PASSWORD),
            "set")
        .then()
        .statusCode(302)
        .header("Location", containsString("login.xhtml"));

    campus.requestToken(email, NEW_PASSWORD).then().statusCode(201);
    campus.requestToken(email, Campus.PASSWORD).then().statusCode(401);
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAsAKnownOne() {
    String known = askForReset(campus.newEducator("known"));
    String unknown = askForReset(Campus.uniqueEmail("nobody"));

    assertThat(unknown).isEqualTo(known);
  }

  @Test
  void anExpiredOrUnknownLinkIsRefusedWithAProblem() {
    String email = campus.newEducator("expired");
    askForReset(email);
    String link = campus.linkTokenFor(email, "reset-password.xhtml");
    campus.advanceClock(Duration.ofMinutes(61));

    campus
        .anonymous()
        .body(Map.of("password", NEW_PASSWORD))
        .post("password-resets/" + link)
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("title", equalTo("Link expired"));
    campus
        .anonymous()
        .body(Map.of("password", NEW_PASSWORD))
        .post("password-resets/" + "B".repeat(43))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    campus.requestToken(email, Campus.PASSWORD).then().statusCode(201);
  }
}
