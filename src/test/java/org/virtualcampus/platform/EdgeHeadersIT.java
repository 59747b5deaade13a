package org.virtualcampus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.RestAssured;
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

/**
 * The hardened edge (issue 7, item 9): each attack or omission found by the black-box probe, and
 * the answer it gets now. The test server runs with CAMPUS_TRUST_PROXY=true, so a request with
 * {@code X-Forwarded-Proto: https} plays a browser behind a TLS-terminating proxy.
 */
@ExtendWith(ArquillianExtension.class)
class EdgeHeadersIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  @Test
  void pagesRunUnderANonceContentSecurityPolicyAndCannotBeFramed() {
    Response page = RestAssured.get(campus.app().resolve("login.xhtml"));
    assertThat(page.statusCode()).isEqualTo(200);
    String policy = page.header("Content-Security-Policy");
    assertThat(policy)
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'")
        .contains("object-src 'none'")
        .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'");
    assertThat(page.headers().getValues("Content-Security-Policy")).hasSize(1);
    String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(page.asString()).contains("nonce=\"" + nonce + "\"");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
  }

  @Test
  void apiAnswersLetNothingRunAndAreNotSniffed() {
    Response answer = campus.anonymous().get("cohorts/open");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'none'");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("Referrer-Policy")).isNotBlank();
  }

  @Test
  void anonymousPageAndApiRequestsCreateNoHttpSession() {
    for (String page : List.of("", "index.xhtml", "login.xhtml", "signup.xhtml", "cohorts.xhtml")) {
      Response response = RestAssured.get(campus.app().resolve(page));
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.headers().getValues("Set-Cookie"))
          .as("cookies set by /" + page)
          .isEmpty();
    }
    for (String path : List.of("cohorts/open", "members/me")) {
      assertThat(campus.anonymous().get(path).headers().getValues("Set-Cookie"))
          .as("cookies set by " + path)
          .isEmpty();
    }
  }

  @Test
  void sessionCookieIsSameSiteLaxAndOnlyOverHttpsSecure() {
    Response plain = signIn(Map.of());
    String cookie = sessionCookie(plain);
    assertThat(cookie)
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Lax")
        .doesNotContainIgnoringCase("Secure");
    assertThat(plain.header("Strict-Transport-Security")).isNull();

    Response proxied = signIn(Map.of("X-Forwarded-Proto", "https"));
    assertThat(sessionCookie(proxied)).containsIgnoringCase("SameSite=Lax").contains("; Secure");
    assertThat(proxied.header("Strict-Transport-Security")).startsWith("max-age=");
    assertThat(
            RestAssured.given()
                .header("X-Forwarded-Proto", "https")
                .get(campus.app().resolve("login.xhtml"))
                .header("Strict-Transport-Security"))
        .contains("max-age=31536000");
  }

  @Test
  void signedInPagesAndPersonalApiAnswersAreNeverStored() {
    Map<String, String> cookies = campus.signInToPages(Campus.EDUCATOR, Campus.DEMO_PASSWORD);
    Response page =
        RestAssured.given().cookies(cookies).get(campus.app().resolve("me/cohorts.xhtml"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.header("Cache-Control")).contains("no-store");
    Response me = campus.as(Campus.EDUCATOR).get("members/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.header("Cache-Control")).contains("no-store");
  }

  @Test
  void every401CarriesAChallenge() {
    for (Response response :
        List.of(
            campus.anonymous().get("members/me"),
            campus.anonymous().get("notifications/mine"),
            campus.as(Campus.EDUCATOR, "wrong-password").get("members/me"),
            campus.anonymous().header("Authorization", "Basic !!!").get("members/me"))) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().getValues("WWW-Authenticate"))
          .singleElement()
          .asString()
          .startsWith("Bearer realm=");
    }
  }

  @Test
  void forgedOrExpiredViewStateAnswers400WithAWayBack() {
    for (String forged : List.of("forged", "-1234:5678", "x".repeat(5000))) {
      Response anonymous = postLogin(Map.of(), forged, Map.of());
      assertThat(anonymous.statusCode()).as("anonymous, " + forged.length()).isEqualTo(400);
      assertThat(anonymous.asString()).contains("index.xhtml");
    }
    Map<String, String> cookies = campus.signInToPages(Campus.EDUCATOR, Campus.DEMO_PASSWORD);
    Response signedIn =
        RestAssured.given()
            .redirects()
            .follow(false)
            .cookies(cookies)
            .contentType("application/x-www-form-urlencoded")
            .formParam("nav", "nav")
            .formParam("nav:signOut", "")
            .formParam("jakarta.faces.ViewState", "-8765:4321")
            .post(campus.app().resolve("me/cohorts.xhtml"));
    assertThat(signedIn.statusCode()).isEqualTo(400);
    assertThat(signedIn.contentType()).startsWith("text/html");
    assertThat(signedIn.asString())
        .contains("errorText")
        .contains("index.xhtml")
        .doesNotContain("\tat ");
  }

  @Test
  void oversizedFormAnswers413WithAWayBack() {
    Response response =
        postLogin(Map.of(), "stateless", Map.of("login:email", "a".repeat(2 << 20)));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.asString()).contains("index.xhtml");
  }

  @Test
  void unknownPagesAnswer404WithAWayBack() {
    for (String page : List.of("no-such-page.xhtml", "no/such/place", "me/nothing.xhtml")) {
      Response response =
          RestAssured.given().redirects().follow(false).get(campus.app().resolve(page));
      assertThat(response.statusCode()).as(page).isIn(302, 404);
      if (response.statusCode() == 404) {
        assertThat(response.asString()).as(page).contains("index.xhtml");
      }
    }
    RestAssured.get(campus.app().resolve("no-such-page.xhtml"))
        .then()
        .statusCode(404)
        .body(containsString("index.xhtml"));
  }

  @Test
  void htmlJsonScriptsAndStylesAreCompressed() {
    Response page =
        RestAssured.given()
            .header("Accept-Encoding", "gzip")
            .get(campus.app().resolve("signup.xhtml"));
    assertThat(page.header("Content-Encoding")).as("page").isEqualTo("gzip");
    String html = page.asString();
    String script =
        html.replaceAll("(?s).*src=\"([^\"]*core\\.js[^\"]*)\".*", "$1").replace("&amp;", "&");
    String style =
        html.replaceAll("(?s).*href=\"([^\"]*\\.css[^\"]*)\".*", "$1").replace("&amp;", "&");
    for (String resource : List.of(script, style)) {
      assertThat(resource).startsWith("/");
      Response r =
          RestAssured.given()
              .header("Accept-Encoding", "gzip")
              .get(campus.server().resolve(resource));
      assertThat(r.statusCode()).as(resource).isEqualTo(200);
      assertThat(r.header("Content-Encoding")).as(resource).isEqualTo("gzip");
    }
    Response json =
        campus
            .as(Campus.ADMIN)
            .header("Accept-Encoding", "gzip")
            .queryParam("size", 200)
            .get("members");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.header("Content-Encoding")).as("JSON").isEqualTo("gzip");
  }

  private Response signIn(Map<String, String> headers) {
    Response loginPage =
        RestAssured.given().headers(headers).get(campus.app().resolve("login.xhtml"));
    String viewState =
        loginPage.htmlPath().getString("**.find { it.@name == 'jakarta.faces.ViewState' }.@value");
    Response signedIn =
        postLogin(
            headers,
            viewState,
            Map.of("login:email", Campus.EDUCATOR, "login:password", Campus.DEMO_PASSWORD));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    return signedIn;
  }

  private Response postLogin(
      Map<String, String> headers, String viewState, Map<String, String> fields) {
    var request =
        RestAssured.given()
            .redirects()
            .follow(false)
            .headers(headers)
            .contentType("application/x-www-form-urlencoded")
            .formParam("login", "login")
            .formParam("login:signIn", "")
            .formParam("jakarta.faces.ViewState", viewState);
    fields.forEach(request::formParam);
    return request.post(campus.app().resolve("login.xhtml"));
  }

  private static String sessionCookie(Response response) {
    return response.headers().getValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
  }
}
