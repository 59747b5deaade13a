package org.virtualcampus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;

/**
 * Abuse limits (issue 7, item 6): per client address and per account, 429 problem+json with
 * Retry-After, no lockout of the owner, tries given back as the clock moves.
 */
@ExtendWith(ArquillianExtension.class)
class AbuseLimitsIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  private Response token(String from, String email, String password) {
    return campus.from(from).body(Map.of("email", email, "password", password)).post("tokens");
  }

  private static void assertThrottled(Response response) {
    response
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("status", equalTo(429))
        .body("detail", containsString("try again in"));
    long retryAfter = Long.parseLong(response.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, Duration.ofHours(1).toSeconds());
  }

  @Test
  void guessingOnOneAccountIsSlowedWithoutLockingOutItsOwner() {
    String email = campus.newEducator("guessed");
    String guesser = Campus.newClientAddress();
    for (int i = 0; i < 5; i++) {
      token(guesser, email, "wrong guess number " + i).then().statusCode(401);
    }

    Response sixth = token(guesser, email, Campus.PASSWORD);
    assertThrottled(sixth);
    assertThat(Long.parseLong(sixth.header("Retry-After")))
        .as("one try comes back per minute")
        .isBetween(1L, 60L);

    token(Campus.newClientAddress(), email, Campus.PASSWORD)
        .then()
        .statusCode(201); // the owner, from their own address, signs in

    campus.advanceClock(Duration.ofMinutes(1));
    token(guesser, email, "wrong guess again").then().statusCode(401);
    assertThrottled(token(guesser, email, "and again"));
  }

  @Test
  void oneAddressTryingManyAccountsIsStoppedBeforeAnyPasswordIsChecked() {
    String guesser = Campus.newClientAddress();
    for (int i = 0; i < 30; i++) {
      token(guesser, Campus.uniqueEmail("nobody"), "a wrong password").then().statusCode(401);
    }
    String real = campus.newEducator("bystander");
    assertThrottled(token(guesser, real, Campus.PASSWORD));
    token(Campus.newClientAddress(), real, Campus.PASSWORD).then().statusCode(201);

    campus.advanceClock(Duration.ofMinutes(15));
    token(guesser, real, Campus.PASSWORD).then().statusCode(201); // given back over 15 minutes
  }

  @Test
  void unknownAndKnownAccountsAreThrottledAlike() {
    String guesser = Campus.newClientAddress();
    String unknown = Campus.uniqueEmail("ghost");
    for (int i = 0; i < 5; i++) {
      token(guesser, unknown, "a wrong password").then().statusCode(401);
    }
    assertThrottled(token(guesser, unknown, "a wrong password"));
  }

  @Test
  void oneAddressCannotSignUpWithoutEnd() {
    String client = Campus.newClientAddress();
    for (int i = 0; i < 20; i++) {
      signUp(client, Campus.uniqueEmail("bulk")).then().statusCode(201);
    }
    String oneMore = Campus.uniqueEmail("bulk");
    assertThrottled(signUp(client, oneMore));
    signUp(Campus.newClientAddress(), oneMore)
        .then()
        .statusCode(201); // the refused sign-up left nothing behind
  }

  @Test
  void oneInboxCannotBeMailBombedThroughSignUpsOrResets() {
    String target = Campus.uniqueEmail("target");
    for (int i = 0; i < 3; i++) {
      int status = signUp(Campus.newClientAddress(), target).statusCode();
      assertThat(status).isIn(201, 409);
    }
    assertThrottled(signUp(Campus.newClientAddress(), target));

    for (int i = 0; i < 3; i++) {
      reset(Campus.newClientAddress(), target).then().statusCode(202);
    }
    assertThrottled(reset(Campus.newClientAddress(), target));
  }

  @Test
  void oneAddressAsksForResetLinksAtAMeasuredPace() {
    String client = Campus.newClientAddress();
    for (int i = 0; i < 10; i++) {
      reset(client, Campus.uniqueEmail("forgetful")).then().statusCode(202);
    }
    assertThrottled(reset(client, Campus.uniqueEmail("forgetful")));
  }

  @Test
  void invitationAnswersAreLimitedPerLinkAndPerAddress() {
    String link = "not-a-real-invitation-token-" + Campus.uniqueEmail("x").substring(2, 10);
    for (int i = 0; i < 10; i++) {
      answer(Campus.newClientAddress(), link).then().statusCode(404);
    }
    assertThrottled(answer(Campus.newClientAddress(), link));

    String client = Campus.newClientAddress();
    for (int i = 0; i < 60; i++) {
      answer(client, "unknown-" + i + "-" + link).then().statusCode(404);
    }
    assertThrottled(answer(client, "yet-another-" + link));
  }

  private Response signUp(String from, String email) {
    return campus
        .from(from)
        .body(
            Map.of(
                "email",
                email,
                "password",
                Campus.PASSWORD,
                "displayName",
                "Bulk Tester",
                "profession",
                "NURSE",
                "timeZone",
                "Europe/Madrid"))
        .post("members");
  }

  private Response reset(String from, String email) {
    return campus.from(from).body(Map.of("email", email)).post("password-resets");
  }

  private Response answer(String from, String token) {
    return campus
        .from(from)
        .body(Map.of("answer", "DECLINED"))
        .post("invitations/" + token + "/answer");
  }
}
