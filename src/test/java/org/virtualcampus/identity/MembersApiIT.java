package org.virtualcampus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;

@ExtendWith(ArquillianExtension.class)
class MembersApiIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  private static Map<String, Object> signUp(String email) {
    return Map.of(
        "email",
        email,
        "password",
        Campus.PASSWORD,
        "displayName",
        "Nora Nurse",
        "profession",
        "NURSE",
        "institution",
        "Lakeshore College",
        "country",
        "US",
        "timeZone",
        "America/Chicago");
  }

  @Test
  void signUpCreatesAnEducatorWhoCanReadTheirOwnAccount() {
    String email = Campus.uniqueEmail("nora");
    campus
        .anonymous()
        .body(signUp(email))
        .post("members")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/members/"))
        .body("email", equalTo(email))
        .body("roles", equalTo(List.of("EDUCATOR")))
        .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));

    campus
        .as(email, Campus.PASSWORD)
        .get("members/me")
        .then()
        .statusCode(200)
        .body("timeZone", equalTo("America/Chicago"))
        .body("profession", equalTo("NURSE"));
  }

  @Test
  void duplicateEmailIsRefusedWhateverItsCase() {
    String email = Campus.uniqueEmail("dup");
    campus.anonymous().body(signUp(email)).post("members").then().statusCode(201);

    campus
        .anonymous()
        .body(signUp(email.toUpperCase()))
        .post("members")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("title", equalTo("E-mail already registered"));

    long count =
        campus
            .as(Campus.ADMIN)
            .queryParam("q", email.substring(0, 12))
            .get("members")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("total");
    assertThat(count).as("nothing half-written by the refused sign-up").isEqualTo(1);
  }

  @Test
  void invalidSignUpNamesEveryBadFieldAndWritesNothing() {
    String email = "not-an-email";
    Response response =
        campus
            .anonymous()
            .body(Map.of("email", email, "password", Campus.PASSWORD, "profession", "WIZARD"))
            .post("members");

    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:virtual-campus:problem:validation"))
        .body("errors.field", hasItem("email"))
        .body("errors.field", hasItem("profession"))
        .body("errors.field", hasItem("displayName"))
        .body("detail", not(containsString("Exception")));
    // Our mapper, not the JAX-RS implementation's, answered: its body names the fields.
    assertThat(response.jsonPath().getList("errors")).hasSize(3);

    campus.as(Campus.ADMIN).queryParam("q", email).get("members").then().body("total", equalTo(0));
  }

  @Test
  void oversizedBodyIsRefusedWith413() {
    String huge = "x".repeat(1_200_000);
    campus
        .anonymous()
        .body(Map.of("email", "big@test.example", "displayName", huge))
        .post("members")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
  }

  @Test
  void malformedJsonAndWrongMediaTypeGetProblems() {
    campus
        .anonymous()
        .body("{not json")
        .post("members")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", not(containsString("at org.")));
    campus
        .anonymous()
        .contentType("text/plain")
        .body("hello")
        .post("members")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  @Test
  void wrongPasswordGivesAGenericFailureAndFailuresElsewhereNeverLockTheOwnerOut() {
    String email = campus.newEducator("lock");
    String unknownBody =
        campus
            .requestToken("nobody-" + email, Campus.PASSWORD)
            .then()
            .statusCode(401)
            .extract()
            .body()
            .asString();
    String wrongBody =
        campus
            .requestToken(email, "wrong-password")
            .then()
            .statusCode(401)
            .extract()
            .body()
            .asString();
    assertThat(wrongBody)
        .as("an unknown e-mail and a wrong password look the same")
        .isEqualTo(unknownBody);

    for (int i = 0; i < 10; i++) {
      campus.requestToken(email, "wrong-password").then().statusCode(401);
    }
    // Guesses from other clients slow those clients (see AbuseLimitsIT), never the owner.
    campus.requestToken(email, Campus.PASSWORD).then().statusCode(201);
  }

  @Test
  void memberUpdatesTheirProfileAndBadValuesAreRefused() {
    String email = campus.newEducator("profile");
    campus
        .as(email, Campus.PASSWORD)
        .body(
            Map.of(
                "displayName",
                "Renamed Person",
                "profession",
                "PHARMACIST",
                "timeZone",
                "Asia/Singapore",
                "bio",
                "Teaches clinical pharmacy."))
        .put("members/me")
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Renamed Person"))
        .body("timeZone", equalTo("Asia/Singapore"));

    campus
        .as(email, Campus.PASSWORD)
        .body(
            Map.of(
                "displayName",
                "",
                "profession",
                "PHARMACIST",
                "timeZone",
                "Mars/Olympus",
                "country",
                "Germany"))
        .put("members/me")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("displayName"))
        .body("errors.field", hasItem("timeZone"))
        .body("errors.field", hasItem("country"));

    campus
        .as(email, Campus.PASSWORD)
        .get("members/me")
        .then()
        .body("displayName", equalTo("Renamed Person"));
  }

  @Test
  void adminChangesRolesButCannotRemoveTheLastAdmin() {
    String email = campus.newEducator("promote");
    String id = campus.as(email, Campus.PASSWORD).get("members/me").jsonPath().getString("id");

    campus
        .as(Campus.ADMIN)
        .body(Map.of("roles", List.of("EDUCATOR", "FACILITATOR")))
        .put("members/" + id + "/roles")
        .then()
        .statusCode(200)
        .body("roles", equalTo(List.of("EDUCATOR", "FACILITATOR")));

    campus
        .as(Campus.ADMIN)
        .body(Map.of("roles", List.of("WIZARD")))
        .put("members/" + id + "/roles")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("roles"));

    String adminId = campus.as(Campus.ADMIN).get("members/me").jsonPath().getString("id");
    campus
        .as(Campus.ADMIN)
        .body(Map.of("roles", List.of("EDUCATOR")))
        .put("members/" + adminId + "/roles")
        .then()
        .statusCode(409);
    campus.as(Campus.ADMIN).get("members/me").then().body("roles", hasItem("ADMIN"));
  }

  @Test
  void memberSearchPaginates() {
    campus
        .as(Campus.COORDINATOR)
        .queryParam("q", "campus.example")
        .queryParam("size", 10)
        .queryParam("page", 1)
        .get("members")
        .then()
        .statusCode(200)
        .body("size", equalTo(10))
        .body("page", equalTo(1))
        .body("items.size()", equalTo(10))
        .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(64));
    campus
        .as(Campus.COORDINATOR)
        .queryParam("page", "second")
        .get("members")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("page"));
  }
}
