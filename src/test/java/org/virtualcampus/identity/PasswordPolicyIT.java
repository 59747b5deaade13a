package org.virtualcampus.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;

/** Passwords (issue 7, item 7): 12 characters or more, not common, on every way in. */
@ExtendWith(ArquillianExtension.class)
class PasswordPolicyIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  private static Map<String, Object> signUp(String email, String password) {
    return Map.of(
        "email", email,
        "password", password,
        "displayName", "Wanda Weak",
        "profession", "NURSE",
        "timeZone", "UTC");
  }

  @Test
  void signUpRefusesAPasswordShorterThanTwelveCharacters() {
    campus
        .anonymous()
        .body(signUp(Campus.uniqueEmail("short"), "harbor-lamp"))
        .post("members")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors.field", hasItem("password"))
        .body("errors.message", hasItem(containsString("12 to 200 characters")));
  }

  @Test
  void signUpRefusesACommonPasswordAndNamesTheReason() {
    String email = Campus.uniqueEmail("common");
    campus
        .anonymous()
        .body(signUp(email, "Password1234!"))
        .post("members")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors.field", hasItem("password"))
        .body("errors.message", hasItem(containsString("common passwords")));
    campus.requestToken(email, "Password1234!").then().statusCode(401);
  }

  @Test
  void signUpRefusesARunSuchAsOneTwoThreeFourFive() {
    campus
        .anonymous()
        .body(signUp(Campus.uniqueEmail("run"), "harbor-123456-lamp"))
        .post("members")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("password"))
        .body("errors.message", hasItem(containsString("run such as")));
  }

  @Test
  void aPasswordChangeToAWeakPasswordIsRefusedAndTheOldOneStillWorks() {
    String email = campus.newEducator("weak-change");
    String token = campus.requestToken(email, Campus.PASSWORD).jsonPath().getString("token");
    campus
        .withToken(token)
        .body(Map.of("currentPassword", Campus.PASSWORD, "newPassword", "qwertyuiop123"))
        .put("members/me/password")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors.field", hasItem("newPassword"))
        .body("errors.message", hasItem(containsString("common passwords")));

    campus.withToken(token).get("members/me").then().statusCode(200);
    campus.requestToken(email, Campus.PASSWORD).then().statusCode(201);
  }

  @Test
  void theSignUpAndProfilePagesShowTheRuleAsHelpText() {
    campus
        .anonymous()
        .get(campus.app().resolve("signup.xhtml"))
        .then()
        .statusCode(200)
        .body(containsString("id=\"signup:passwordRule\""))
        .body(containsString("At least 12 characters"))
        .body(containsString("aria-describedby=\"signup:passwordRule\""));
    String email = campus.newEducator("rule");
    var session = campus.signInToPages(email, Campus.PASSWORD);
    io.restassured.RestAssured.given()
        .cookies(session)
        .get(campus.app().resolve("me/profile.xhtml"))
        .then()
        .statusCode(200)
        .body(containsString("id=\"password:passwordRule\""))
        .body(containsString("At least 12 characters"));
  }
}
