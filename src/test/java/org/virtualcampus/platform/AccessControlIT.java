package org.virtualcampus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;

/**
 * Every protected endpoint and page refuses anonymous callers (401 or sign-in) and wrong roles
 * (403). API callers authenticate with bearer tokens ({@link Campus#as}); a page session cookie
 * counts for nothing on the API.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

  /** Endpoints anyone may call: "METHOD path" as the OpenAPI document names them. */
  static final Set<String> PUBLIC =
      Set.of(
          "POST /api/v1/members",
          "POST /api/v1/tokens",
          "POST /api/v1/members/verify",
          "POST /api/v1/password-resets",
          "POST /api/v1/password-resets/{token}",
          "GET /api/v1/members/professions",
          "GET /api/v1/invitations/{token}",
          "POST /api/v1/invitations/{token}/answer",
          "GET /api/v1/cohorts/open",
          "GET /api/v1/calendar-feeds/{token}",
          "GET /api/v1/certificates/{code}");

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  @Test
  void everyEndpointInTheOpenApiDocumentRefusesAnonymousCallersUnlessPublic() {
    List<String> checked = eachProtectedEndpointAnswers401(Map.of());
    assertThat(checked).as("protected endpoints found").hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void everyProtectedEndpointIgnoresAPageSessionCookie() {
    Map<String, String> session = campus.signInToPages(Campus.ADMIN, Campus.DEMO_PASSWORD);
    assertThat(campus.pageStatus(session, "admin/members.xhtml")).isEqualTo(200);

    List<String> checked = eachProtectedEndpointAnswers401(session);

    assertThat(checked).hasSizeGreaterThanOrEqualTo(4);
    assertThat(campus.pageStatus(session, "admin/members.xhtml")).isEqualTo(200);
  }

  /** Calls every non-public operation of the OpenAPI document without a token; each must be 401. */
  private List<String> eachProtectedEndpointAnswers401(Map<String, String> cookies) {
    String yaml =
        RestAssured.given()
            .accept("application/json")
            .get(campus.server().resolve("openapi"))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Map<String, Map<String, Object>> paths = JsonPath.from(yaml).getMap("paths");
    List<String> checked = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations
                .keySet()
                .forEach(
                    method -> {
                      String key = method.toUpperCase() + " " + path;
                      if (PUBLIC.contains(key)) {
                        return;
                      }
                      String concrete =
                          path.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000")
                              .replaceFirst("^/", "");
                      var request =
                          RestAssured.given().contentType("application/json").cookies(cookies);
                      if (!method.equalsIgnoreCase("get") && !method.equalsIgnoreCase("delete")) {
                        request.body("{}");
                      }
                      int status =
                          request
                              .request(
                                  method.toUpperCase(), campus.app().resolve(concrete).toString())
                              .statusCode();
                      assertThat(status)
                          .as(key + " without a token" + (cookies.isEmpty() ? "" : ", with cookie"))
                          .isEqualTo(401);
                      checked.add(key);
                    }));
    return checked;
  }

  @Test
  void wrongRolesGet403AsProblemJson() {
    campus
        .as(Campus.EDUCATOR)
        .get("members")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("roles", List.of("ADMIN")))
        .put("members/anyone/roles")
        .then()
        .statusCode(403);
  }

  @Test
  void anonymousVisitorsOfProtectedPagesAreSentToSignIn() {
    for (String page :
        List.of(
            "me/profile.xhtml",
            "me/cohorts.xhtml",
            "me/notifications.xhtml",
            "me/notification-preferences.xhtml",
            "coordinator/cohorts.xhtml",
            "coordinator/cohort.xhtml",
            "coordinator/outbox.xhtml",
            "coordinator/course.xhtml",
            "coordinator/comparison.xhtml",
            "me/learn.xhtml",
            "me/homework.xhtml",
            "facilitator/reviews.xhtml",
            "facilitator/review.xhtml",
            "facilitator/progress.xhtml",
            "facilitator/dashboard.xhtml",
            "facilitator/sessions.xhtml",
            "me/sessions.xhtml",
            "me/attendance.xhtml",
            "me/check-in.xhtml",
            "facilitator/attendance.xhtml",
            "me/practice.xhtml",
            "me/portfolio.xhtml",
            "me/certificates.xhtml",
            "facilitator/practice.xhtml",
            "facilitator/practice-figures.xhtml",
            "coordinator/feedback-models.xhtml",
            "files/00000000-0000-0000-0000-000000000000",
            "admin/members.xhtml",
            "facilitator/cohorts.xhtml")) {
      RestAssured.given()
          .redirects()
          .follow(false)
          .get(campus.app().resolve(page))
          .then()
          .statusCode(302)
          .header("Location", containsString("login.xhtml?next="));
    }
  }

  @Test
  void membersWithoutTheRoleGet403OnAdminPages() {
    // Sign in through the form so the page request carries a session.
    var session = campus.signInToPages(Campus.EDUCATOR, Campus.DEMO_PASSWORD);
    for (String page :
        List.of(
            "admin/members.xhtml",
            "coordinator/cohorts.xhtml",
            "coordinator/outbox.xhtml",
            "coordinator/course.xhtml",
            "coordinator/comparison.xhtml",
            "facilitator/cohorts.xhtml",
            "facilitator/reviews.xhtml",
            "facilitator/review.xhtml",
            "facilitator/progress.xhtml",
            "facilitator/dashboard.xhtml",
            "facilitator/sessions.xhtml",
            "facilitator/attendance.xhtml",
            "facilitator/practice.xhtml",
            "facilitator/practice-figures.xhtml",
            "coordinator/feedback-models.xhtml")) {
      assertThat(campus.pageStatus(session, page)).as(page).isEqualTo(403);
    }
    assertThat(campus.pageStatus(session, "me/profile.xhtml")).isEqualTo(200);
  }

  @Test
  void aRoleTakenAwayCountsAtOnceInAPageSession() {
    String email = campus.newEducator("demoted");
    String id = campus.as(email, Campus.PASSWORD).get("members/me").jsonPath().getString("id");
    campus.replaceRoles(id, "EDUCATOR", "FACILITATOR");
    var session = campus.signInToPages(email, Campus.PASSWORD);
    assertThat(campus.pageStatus(session, "facilitator/cohorts.xhtml")).isEqualTo(200);

    campus.replaceRoles(id, "EDUCATOR");

    assertThat(campus.pageStatus(session, "facilitator/cohorts.xhtml")).isEqualTo(403);
    assertThat(campus.pageStatus(session, "me/profile.xhtml")).isEqualTo(200);
  }
}
