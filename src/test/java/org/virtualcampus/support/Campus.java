package org.virtualcampus.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.UUID;

/**
 * HTTP access to the running campus for integration tests: base addresses and signed-in requests.
 */
public final class Campus {
  public static final String DEMO_PASSWORD = "campus-demo";
  public static final String ADMIN = "admin@campus.example";
  public static final String COORDINATOR = "coordinator@campus.example";
  public static final String FACILITATOR = "facilitator1@campus.example";
  public static final String EDUCATOR = "educator01@campus.example";

  private final URI app;

  public Campus(URL deploymentUrl) {
    String s = deploymentUrl.toString();
    this.app = URI.create(s.endsWith("/") ? s : s + "/");
  }

  /** The application's root, e.g. http://127.0.0.1:8081/campus/ */
  public URI app() {
    return app;
  }

  /** The server's root, where /health, /metrics and /openapi live. */
  public URI server() {
    return app.resolve("/");
  }

  public RequestSpecification anonymous() {
    return given()
        .spec(new RequestSpecBuilder().setBaseUri(app.toString()).setBasePath("api/v1").build())
        .contentType(ContentType.JSON);
  }

  public RequestSpecification as(String email) {
    return as(email, DEMO_PASSWORD);
  }

  public RequestSpecification as(String email, String password) {
    return anonymous().auth().preemptive().basic(email, password);
  }

  /**
   * Signs in through the sign-in form, as a browser would, and returns the session cookies for page
   * requests.
   */
  public Map<String, String> signInToPages(String email, String password) {
    var loginPage = RestAssured.given().get(app.resolve("login.xhtml"));
    String viewState =
        loginPage.htmlPath().getString("**.find { it.@name == 'jakarta.faces.ViewState' }.@value");
    var signedIn =
        RestAssured.given()
            .redirects()
            .follow(false)
            .cookies(loginPage.cookies())
            .contentType("application/x-www-form-urlencoded")
            .formParam("login", "login")
            .formParam("login:email", email)
            .formParam("login:password", password)
            .formParam("login:signIn", "")
            .formParam("jakarta.faces.ViewState", viewState)
            .post(app.resolve("login.xhtml"));
    if (signedIn.statusCode() != 302) {
      throw new IllegalStateException(
          "Sign-in as " + email + " failed with " + signedIn.statusCode());
    }
    Map<String, String> cookies = new java.util.HashMap<>(loginPage.cookies());
    cookies.putAll(signedIn.cookies());
    return cookies;
  }

  /** The token of the latest invitation link mailed to {@code email}, read from the outbox. */
  public String invitationTokenFor(String email) {
    java.util.List<Map<String, Object>> outbox =
        as(COORDINATOR)
            .queryParam("size", 200)
            .get("notifications")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    String body =
        outbox.stream()
            .filter(
                n -> email.equals(n.get("recipientEmail")) && "INVITATION".equals(n.get("kind")))
            .map(n -> (String) n.get("body"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No invitation mailed to " + email));
    var link =
        java.util.regex.Pattern.compile("invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)")
            .matcher(body);
    if (!link.find()) {
      throw new IllegalStateException("No invitation link in: " + body);
    }
    return link.group(1);
  }

  /** A fresh e-mail address no other test uses. */
  public static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
  }

  /**
   * Signs up a new educator through the API and returns their e-mail (password {@code
   * password123}).
   */
  public String newEducator(String prefix) {
    return newEducator(prefix, "NURSE");
  }

  public String newEducator(String prefix, String profession) {
    String email = uniqueEmail(prefix);
    anonymous()
        .body(
            java.util.Map.of(
                "email",
                email,
                "password",
                "password123",
                "displayName",
                prefix + " Tester",
                "profession",
                profession,
                "timeZone",
                "Europe/Berlin"))
        .post("members")
        .then()
        .statusCode(201);
    return email;
  }
}
