package org.virtualcampus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;

/** Revocable API tokens (issue 7, item 3). */
@ExtendWith(ArquillianExtension.class)
class TokensIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  private Response newToken(String email, String password) {
    return campus.requestToken(email, password);
  }

  @Test
  void aTokenOpensTheApiUntilItsHolderRevokesIt() {
    String email = campus.newEducator("token");
    Instant now = campus.now();
    Response issued = newToken(email, Campus.PASSWORD);
    issued
        .then()
        .statusCode(201)
        .header("Cache-Control", containsString("no-store"))
        .header("Location", containsString("/api/v1/tokens/current"));
    String token = issued.jsonPath().getString("token");
    Instant expiresAt = Instant.parse(issued.jsonPath().getString("expiresAt"));
    assertThat(token).as("256 random bits, URL-safe").matches("[A-Za-z0-9_-]{43}");
    assertThat(expiresAt)
        .as("twelve hours by default")
        .isBetween(now.plus(Duration.ofHours(12)), now.plus(Duration.ofHours(12).plusMinutes(5)));

    campus.withToken(token).get("members/me").then().statusCode(200).body("email", equalTo(email));

    campus
        .withToken(token)
        .delete("tokens/current")
        .then()
        .statusCode(200)
        .body("tokensRevoked", equalTo(1));

    campus
        .withToken(token)
        .get("members/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"));
  }

  @Test
  void revokingOneTokenLeavesTheMembersOtherTokens() {
    String email = campus.newEducator("two-tokens");
    String first = newToken(email, Campus.PASSWORD).jsonPath().getString("token");
    String second = newToken(email, Campus.PASSWORD).jsonPath().getString("token");

    campus.withToken(first).delete("tokens/current").then().statusCode(200);

    campus.withToken(second).get("members/me").then().statusCode(200);
  }

  @Test
  void aWrongPasswordAndAnUnknownEmailGetTheSameAnswerAndNoToken() {
    String email = campus.newEducator("token-wrong");
    Response wrong = newToken(email, "wrong-password");
    Response unknown = newToken("nobody-" + email, Campus.PASSWORD);

    wrong
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"));
    assertThat(wrong.body().asString()).isEqualTo(unknown.body().asString());
    assertThat(wrong.body().asString()).doesNotContain("token\":");
  }

  @Test
  void aTokenRequestWithoutEmailOrPasswordNamesTheFields() {
    campus
        .anonymous()
        .body(Map.of("email", ""))
        .post("tokens")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(containsString("email")))
        .body("errors.field", hasItem(containsString("password")));
  }

  @Test
  void aTokenExpiresByTheApplicationsClock() {
    String email = campus.newEducator("token-expiry");
    String token = newToken(email, Campus.PASSWORD).jsonPath().getString("token");

    campus.advanceClock(Duration.ofHours(12).plusMinutes(1));

    campus.withToken(token).get("members/me").then().statusCode(401);
    campus.as(email, Campus.PASSWORD).get("members/me").then().statusCode(200);
  }

  @Test
  void aRoleChangeCountsAtTheNextRequestWithTheSameToken() {
    String email = campus.newEducator("token-roles");
    String token = newToken(email, Campus.PASSWORD).jsonPath().getString("token");
    String id = campus.withToken(token).get("members/me").jsonPath().getString("id");
    campus.withToken(token).get("members").then().statusCode(403);

    campus.replaceRoles(id, "EDUCATOR", "COORDINATOR");
    campus.withToken(token).get("members").then().statusCode(200);

    campus.replaceRoles(id, "EDUCATOR");
    campus.withToken(token).get("members").then().statusCode(403);
  }

  @Test
  void httpBasicNoLongerOpensTheApi() {
    String email = campus.newEducator("basic");
    campus
        .anonymous()
        .auth()
        .preemptive()
        .basic(email, Campus.PASSWORD)
        .get("members/me")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"));
  }

  @Test
  void aMadeUpTokenIsRefused() {
    for (String token :
        new String[] {"x", "A".repeat(43), "A".repeat(2000), "' or 1=1 --", "%00", ""}) {
      campus
          .withToken(token)
          .get("members/me")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
  }
}
