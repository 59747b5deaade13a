package org.virtualcampus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/** E-mail ownership is proven before it counts (issue 7, item 1). */
@ExtendWith(ArquillianExtension.class)
class EmailOwnershipIT {
  static final String SQUATTER_PASSWORD = "Squatter-on-the-roof-41";

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  private void signUp(String email, String password, String name) {
    campus
        .anonymous()
        .body(
            Map.of(
                "email",
                email,
                "password",
                password,
                "displayName",
                name,
                "profession",
                "NURSE",
                "timeZone",
                "UTC"))
        .post("members")
        .then()
        .statusCode(201);
  }

  /**
   * The hijack of the trust issue, replayed: someone registers the invitee's address, asks for the
   * invitee's seat and is refused; the real invitee answers their link and takes the account over,
   * and the squatter's password, sessions and tokens stop working.
   */
  @Test
  void registeringSomeoneElsesInvitedAddressGainsNothing() {
    String invitee = Campus.uniqueEmail("invitee");
    String cohort = cohorts.invitationOnlyWith(invitee);
    signUp(invitee, SQUATTER_PASSWORD, "Squatter");
    String squatterToken =
        campus.requestToken(invitee, SQUATTER_PASSWORD).jsonPath().getString("token");

    campus
        .withToken(squatterToken)
        .post("cohorts/" + cohort + "/enrollments")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("title", equalTo("Address not verified"));

    String link = campus.invitationTokenFor(invitee);
    campus
        .anonymous()
        .get("invitations/" + link)
        .then()
        .statusCode(200)
        .body("hasAccount", equalTo(false));
    campus
        .anonymous()
        .body(Map.of("answer", "INTERESTED"))
        .post("invitations/" + link + "/answer")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("account"));
    campus
        .anonymous()
        .body(
            Map.of(
                "answer",
                "INTERESTED",
                "account",
                Map.of(
                    "displayName",
                    "Real Invitee",
                    "password",
                    Campus.PASSWORD,
                    "profession",
                    "DENTIST",
                    "timeZone",
                    "UTC")))
        .post("invitations/" + link + "/answer")
        .then()
        .statusCode(200)
        .body("status", equalTo("INTERESTED"));

    campus.withToken(squatterToken).get("members/me").then().statusCode(401);
    campus.requestToken(invitee, SQUATTER_PASSWORD).then().statusCode(401);
    campus
        .as(invitee, Campus.PASSWORD)
        .get("members/me")
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Real Invitee"));
    assertThat(cohorts.mine(invitee, cohort))
        .containsEntry("status", "ENROLLED")
        .containsEntry("source", "INVITATION");
  }

  @Test
  void aSignedUpMemberTakesTheirInvitedSeatOnceTheLinkInTheMailVerifiedTheAddress() {
    String email = campus.newEducator("verify");
    String cohort = cohorts.invitationOnlyWith(email);
    campus
        .as(email, Campus.PASSWORD)
        .post("cohorts/" + cohort + "/enrollments")
        .then()
        .statusCode(409)
        .body("title", equalTo("Address not verified"));

    String token = campus.linkTokenFor(email, "verify.xhtml");
    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .queryParam("size", 200)
                .get("notifications")
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .as("the outbox never shows the raw token")
        .doesNotContain(token);
    campus
        .anonymous()
        .body(Map.of("token", token))
        .post("members/verify")
        .then()
        .statusCode(200)
        .body("email", equalTo(email))
        .body("verified", equalTo(true));
    campus
        .anonymous()
        .body(Map.of("token", token))
        .post("members/verify")
        .then()
        .statusCode(410)
        .contentType("application/problem+json");

    campus
        .as(email, Campus.PASSWORD)
        .post("cohorts/" + cohort + "/enrollments")
        .then()
        .statusCode(201);
    assertThat(cohorts.mine(email, cohort)).containsEntry("status", "ENROLLED");
  }

  @Test
  void theVerificationPageConfirmsTheAddressByItsButton() {
    String email = campus.newEducator("verifypage");
    String token = campus.linkTokenFor(email, "verify.xhtml");
    String cohort = cohorts.invitationOnlyWith(email);

    campus
        .submitPage("verify.xhtml?token=" + token, "verify", Map.of("token", token), "confirm")
        .then()
        .statusCode(200)
        .body(containsString("your address is confirmed"));

    campus
        .as(email, Campus.PASSWORD)
        .post("cohorts/" + cohort + "/enrollments")
        .then()
        .statusCode(201);
  }

  @Test
  void anUnknownVerificationTokenIsABadRequest() {
    campus
        .anonymous()
        .body(Map.of("token", "A".repeat(43)))
        .post("members/verify")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("token"));
    campus
        .anonymous()
        .body(Map.of())
        .post("members/verify")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
