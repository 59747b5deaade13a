package org.virtualcampus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.Concurrently;

/**
 * Sessions follow the truth (issue 7, item 4): a password change or "sign out everywhere" ends the
 * member's other page sessions and revokes their tokens, and the last-admin rule holds under races.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {
  static final String PASSWORD = Campus.PASSWORD;
  static final String NEW_PASSWORD = "a-new-password-42";
  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  private String freshToken(String email, String password) {
    return campus
        .requestToken(email, password)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("token");
  }

  private int apiStatus(String token) {
    return campus.withToken(token).get("members/me").statusCode();
  }

  @Test
  void aPasswordChangeThroughTheApiEndsPageSessionsAndRevokesTokens() {
    String email = campus.newEducator("pw-api");
    Map<String, String> page = campus.signInToPages(email, PASSWORD);
    String token = freshToken(email, PASSWORD);
    String other = freshToken(email, PASSWORD);
    assertThat(campus.pageStatus(page, "me/profile.xhtml")).isEqualTo(200);

    campus
        .withToken(token)
        .body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
        .put("members/me/password")
        .then()
        .statusCode(200)
        .body("email", equalTo(email));

    assertThat(campus.pageStatus(page, "me/profile.xhtml")).as("page session").isEqualTo(302);
    assertThat(apiStatus(token)).as("the token that changed it").isEqualTo(401);
    assertThat(apiStatus(other)).as("another token").isEqualTo(401);
    assertThat(apiStatus(freshToken(email, NEW_PASSWORD))).isEqualTo(200);
    campus.requestToken(email, PASSWORD).then().statusCode(401);
  }

  @Test
  void aWrongCurrentPasswordChangesNothing() {
    String email = campus.newEducator("pw-wrong");
    String token = freshToken(email, PASSWORD);

    campus
        .withToken(token)
        .body(Map.of("currentPassword", "not-my-password", "newPassword", NEW_PASSWORD))
        .put("members/me/password")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("currentPassword"));

    assertThat(apiStatus(token)).isEqualTo(200);
  }

  @Test
  void signingOutEverywhereThroughTheApiEndsEverySessionAndToken() {
    String email = campus.newEducator("everywhere-api");
    Map<String, String> laptop = campus.signInToPages(email, PASSWORD);
    Map<String, String> phone = campus.signInToPages(email, PASSWORD);
    String script = freshToken(email, PASSWORD);
    String other = freshToken(email, PASSWORD);

    campus
        .withToken(script)
        .post("members/me/sign-out-everywhere")
        .then()
        .statusCode(200)
        .body("tokensRevoked", equalTo(2));

    assertThat(campus.pageStatus(laptop, "me/profile.xhtml")).isEqualTo(302);
    assertThat(campus.pageStatus(phone, "me/cohorts.xhtml")).isEqualTo(302);
    assertThat(apiStatus(script)).isEqualTo(401);
    assertThat(apiStatus(other)).isEqualTo(401);
    Map<String, String> again = campus.signInToPages(email, PASSWORD);
    assertThat(campus.pageStatus(again, "me/profile.xhtml")).isEqualTo(200);
  }

  @Test
  void theProfilePageButtonSignsOutEverywhere() {
    String email = campus.newEducator("everywhere-page");
    Map<String, String> laptop = campus.signInToPages(email, PASSWORD);
    Map<String, String> phone = campus.signInToPages(email, PASSWORD);
    String token = freshToken(email, PASSWORD);

    Response pressed =
        submit(
            laptop, Map.of("everywhere", "everywhere", "everywhere:signOutEverywhere", ""), false);

    assertThat(pressed.statusCode()).isEqualTo(302);
    assertThat(pressed.header("Location")).contains("login.xhtml?signedOut=true");
    assertThat(campus.pageStatus(laptop, "me/profile.xhtml")).isEqualTo(302);
    assertThat(campus.pageStatus(phone, "me/profile.xhtml")).isEqualTo(302);
    assertThat(apiStatus(token)).isEqualTo(401);
  }

  @Test
  void aPasswordChangeOnTheProfilePageKeepsThisSessionAndEndsTheOthers() {
    String email = campus.newEducator("pw-page");
    Map<String, String> laptop = campus.signInToPages(email, PASSWORD);
    Map<String, String> phone = campus.signInToPages(email, PASSWORD);

    Map<String, String> form = new LinkedHashMap<>();
    form.put("password", "password");
    form.put("password:currentPassword", PASSWORD);
    form.put("password:newPassword", NEW_PASSWORD);
    form.put("password:change", "password:change");
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "password:change");
    form.put("jakarta.faces.partial.execute", "password");
    form.put("jakarta.faces.partial.render", "password");
    submit(laptop, form, true).then().statusCode(200);

    assertThat(apiStatus(freshToken(email, NEW_PASSWORD))).as("new password").isEqualTo(200);
    assertThat(campus.pageStatus(laptop, "me/profile.xhtml")).as("this session").isEqualTo(200);
    assertThat(campus.pageStatus(phone, "me/profile.xhtml")).as("other session").isEqualTo(302);
  }

  /** Posts a form of the profile page in the given page session. */
  private Response submit(Map<String, String> session, Map<String, String> fields, boolean ajax) {
    String html =
        RestAssured.given()
            .cookies(session)
            .get(campus.app().resolve("me/profile.xhtml"))
            .asString();
    Matcher viewState = VIEW_STATE.matcher(html);
    assertThat(viewState.find()).as("view state on the profile page").isTrue();
    var request =
        RestAssured.given()
            .cookies(session)
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .formParams(fields)
            .formParam("jakarta.faces.ViewState", viewState.group(1));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
    }
    return request.post(campus.app().resolve("me/profile.xhtml"));
  }

  @Test
  void theHomePageKeepsNoPageStateInTheSessionAndItsSignOutStillWorks() {
    String email = campus.newEducator("stateless-home");
    Map<String, String> session = campus.signInToPages(email, PASSWORD);
    String home =
        RestAssured.given().cookies(session).get(campus.app().resolve("index.xhtml")).asString();
    Matcher homeState = VIEW_STATE.matcher(home);
    assertThat(homeState.find()).as("the sign-out form's view state").isTrue();
    assertThat(homeState.group(1)).isEqualTo("stateless");
    Matcher profileState =
        VIEW_STATE.matcher(
            RestAssured.given()
                .cookies(session)
                .get(campus.app().resolve("me/profile.xhtml"))
                .asString());
    assertThat(profileState.find()).isTrue();
    assertThat(profileState.group(1))
        .as("pages with forms keep their state")
        .isNotEqualTo("stateless");

    Response signedOut = campus.submitPage("index.xhtml", "nav", Map.of(), "signOut", session);

    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(signedOut.header("Location")).contains("login.xhtml");
    assertThat(campus.pageStatus(session, "me/profile.xhtml")).isEqualTo(302);
  }

  @Test
  void twoAdminsDemotingEachOtherAtTheSameMomentLeaveOneAdmin() throws Exception {
    String x = campus.newEducator("admin-x");
    String y = campus.newEducator("admin-y");
    String xId = idOf(x);
    String yId = idOf(y);
    campus.replaceRoles(xId, "ADMIN");
    campus.replaceRoles(yId, "ADMIN");
    // For the race x and y must be the only admins; the others get their roles back afterwards.
    Map<String, List<String>> others = new LinkedHashMap<>();
    for (Map<String, Object> admin : admins(x)) {
      String id = (String) admin.get("id");
      if (!id.equals(xId) && !id.equals(yId)) {
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) admin.get("roles");
        others.put(id, roles);
      }
    }
    String survivor = x;
    try {
      others.forEach(
          (id, roles) -> {
            List<String> without = new ArrayList<>(roles);
            without.remove("ADMIN");
            put(x, id, without.isEmpty() ? List.of("EDUCATOR") : without).then().statusCode(200);
          });
      for (int round = 0; round < 5; round++) {
        List<Callable<Integer>> race =
            List.of(
                () -> put(x, yId, List.of("EDUCATOR")).statusCode(),
                () -> put(y, xId, List.of("EDUCATOR")).statusCode());
        List<Integer> statuses = Concurrently.all(race);

        // The loser is refused by the rule (409) or, when the winner committed before the loser's
        // request was authenticated, because they are no admin any more (403).
        assertThat(statuses).as("round " + round).containsOnlyOnce(200);
        assertThat(statuses).as("round " + round).containsAnyOf(409, 403);
        survivor = statuses.get(0) == 200 ? x : y;
        assertThat(admins(survivor)).hasSize(1);
        String loserId = survivor.equals(x) ? yId : xId;
        put(survivor, loserId, List.of("ADMIN")).then().statusCode(200);
      }
    } finally {
      String admin = isAdmin(survivor) ? survivor : survivor.equals(x) ? y : x;
      others.forEach((id, roles) -> put(admin, id, roles).then().statusCode(200));
      campus.replaceRoles(xId, "EDUCATOR");
      campus.replaceRoles(yId, "EDUCATOR");
    }
  }

  private boolean isAdmin(String email) {
    return campus
        .as(email, PASSWORD)
        .get("members/me")
        .jsonPath()
        .getList("roles")
        .contains("ADMIN");
  }

  private String idOf(String email) {
    return campus.as(email, PASSWORD).get("members/me").jsonPath().getString("id");
  }

  private Response put(String adminEmail, String memberId, List<String> roles) {
    return campus
        .as(adminEmail, PASSWORD)
        .body(Map.of("roles", roles))
        .put("members/" + memberId + "/roles");
  }

  private List<Map<String, Object>> admins(String adminEmail) {
    return campus
        .as(adminEmail, PASSWORD)
        .queryParam("role", "ADMIN")
        .queryParam("size", 200)
        .get("members")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  @Test
  void aDemotedCoordinatorLosesTheApiAtTheNextRequest() {
    String email = campus.newEducator("demoted-api");
    String id = idOf(email);
    campus.replaceRoles(id, "EDUCATOR", "COORDINATOR");
    campus.as(email, PASSWORD).get("notifications").then().statusCode(200);

    campus.replaceRoles(id, "EDUCATOR");

    campus
        .as(email, PASSWORD)
        .get("notifications")
        .then()
        .statusCode(403)
        .body("status", equalTo(403))
        .header("Content-Type", containsString("problem+json"));
  }
}
