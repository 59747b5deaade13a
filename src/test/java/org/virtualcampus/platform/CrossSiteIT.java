package org.virtualcampus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/**
 * No cross-site requests (issue 7, item 5): the API ignores the page session cookie entirely, so a
 * page on another site that makes a signed-in member's browser send a request achieves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CrossSiteIT {
  static final String EVIL = "http://evil.example";

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  /**
   * What a page on another site makes the browser send: its cookies, no Authorization. JSON, so
   * that the answer is about authentication and not about the content type.
   */
  private RequestSpecification fromEvil(Map<String, String> pageSession) {
    return RestAssured.given()
        .baseUri(campus.app().toString())
        .basePath("api/v1")
        .cookies(pageSession)
        .header("Origin", EVIL)
        .contentType("application/json")
        .body("{}")
        .redirects()
        .follow(false);
  }

  @Test
  void aCrossSiteSeatRequestWithAValidPageSessionChangesNothing() {
    String email = campus.newEducator("csrf-seat");
    String cohort = new CohortFixture(campus).open(5);
    Map<String, String> session = campus.signInToPages(email, Campus.PASSWORD);

    fromEvil(session)
        .post("cohorts/" + cohort + "/enrollments")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");

    List<Object> mine =
        campus
            .as(email, Campus.PASSWORD)
            .get("enrollments/mine")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(mine).as("no seat asked for").isEmpty();
    assertThat(campus.pageStatus(session, "me/profile.xhtml"))
        .as("the page session itself still works")
        .isEqualTo(200);
  }

  @Test
  void aCrossSiteSignOutEverywhereOrProfileChangeDoesNothing() {
    String email = campus.newEducator("csrf-profile");
    Map<String, String> session = campus.signInToPages(email, Campus.PASSWORD);

    fromEvil(session).post("members/me/sign-out-everywhere").then().statusCode(401);
    fromEvil(session)
        .body(Map.of("displayName", "Hijacked", "profession", "NURSE", "timeZone", "Europe/Berlin"))
        .put("members/me")
        .then()
        .statusCode(401);

    assertThat(campus.pageStatus(session, "me/profile.xhtml")).isEqualTo(200);
    campus
        .as(email, Campus.PASSWORD)
        .get("members/me")
        .then()
        .statusCode(200)
        .body("displayName", org.hamcrest.Matchers.not("Hijacked"));
  }

  @Test
  void theApiDoesNotReadThePageSessionEvenForSameOriginReads() {
    String email = campus.newEducator("cookie-get");
    Map<String, String> session = campus.signInToPages(email, Campus.PASSWORD);

    RestAssured.given()
        .cookies(session)
        .get(campus.app().resolve("api/v1/members/me"))
        .then()
        .statusCode(401);
  }
}
