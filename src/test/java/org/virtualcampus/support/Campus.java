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
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP access to the running campus for integration tests: base addresses and signed-in requests.
 */
public final class Campus {
  public static final String DEMO_PASSWORD = "campus-demo";

  /** The password of every account a test signs up: strong enough for the password policy. */
  public static final String PASSWORD = "Quiet-harbor-lamp-27";

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

  /**
   * A request from a client of its own: each gets a new address (through {@code X-Forwarded-For},
   * which the test server believes), so the abuse limits per client address see many people as they
   * would in production, not one machine signing up hundreds.
   */
  public RequestSpecification anonymous() {
    return from(newClientAddress());
  }

  /** A request from the client with this address (see {@link #anonymous()}). */
  public RequestSpecification from(String clientAddress) {
    return given()
        .spec(new RequestSpecBuilder().setBaseUri(app.toString()).setBasePath("api/v1").build())
        .header("X-Forwarded-For", clientAddress)
        .contentType(ContentType.JSON);
  }

  /** An address from the range reserved for benchmarks (198.18.0.0/15), never a real client. */
  public static String newClientAddress() {
    int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 17);
    return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
  }

  public RequestSpecification as(String email) {
    return as(email, DEMO_PASSWORD);
  }

  /**
   * A request with a bearer token of this member, got from {@code POST /tokens} once per e-mail and
   * password and reused. When the sign-in fails, the request carries a token that cannot count, so
   * it is answered 401 like any unauthenticated one.
   */
  public RequestSpecification as(String email, String password) {
    return withToken(tokenFor(email, password));
  }

  /** A request that sends this bearer token. */
  public RequestSpecification withToken(String token) {
    return anonymous().header("Authorization", "Bearer " + token);
  }

  /** Asks for a new token ({@code POST /tokens}), not cached. */
  public io.restassured.response.Response requestToken(String email, String password) {
    return anonymous().body(Map.of("email", email, "password", password)).post("tokens");
  }

  /** Tokens by server, e-mail and password, shared by every test of the run. */
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  /** A token of this member, got once and cached (see {@link #forgetTokens}). */
  public String tokenFor(String email, String password) {
    String key = app + " " + email + " " + password;
    String cached = TOKENS.get(key);
    if (cached != null) {
      return cached;
    }
    var answer = requestToken(email, password);
    if (answer.statusCode() != 201) {
      return "not-a-token";
    }
    String token = answer.jsonPath().getString("token");
    TOKENS.put(key, token);
    return token;
  }

  /**
   * Drops the cached tokens: after the clock moved (they may have expired) or a test revoked them
   * (password change, sign out everywhere).
   */
  public static void forgetTokens() {
    TOKENS.clear();
  }

  /**
   * Signs in through the sign-in form, as a browser would, and returns the session cookies for page
   * requests.
   */
  public Map<String, String> signInToPages(String email, String password) {
    return signInToPages(email, password, "127.0.0.1");
  }

  /** As {@link #signInToPages(String, String)}, from the client with this address. */
  public Map<String, String> signInToPages(String email, String password, String clientAddress) {
    var loginPage =
        RestAssured.given()
            .header("X-Forwarded-For", clientAddress)
            .get(app.resolve("login.xhtml"));
    String viewState =
        loginPage.htmlPath().getString("**.find { it.@name == 'jakarta.faces.ViewState' }.@value");
    var signedIn =
        RestAssured.given()
            .header("X-Forwarded-For", clientAddress)
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

  /**
   * Fills in and sends a form of a page as a visitor's browser would (no session): {@code fields}
   * by their ids without the form's prefix, {@code button} the id of the button pressed. Returns
   * the answer, redirects not followed.
   */
  public io.restassured.response.Response submitPage(
      String page, String form, Map<String, String> fields, String button) {
    return submitPage(page, form, fields, button, Map.of());
  }

  /**
   * As {@link #submitPage(String, String, Map, String)}, in the page session of {@code cookies}.
   */
  public io.restassured.response.Response submitPage(
      String page,
      String form,
      Map<String, String> fields,
      String button,
      Map<String, String> cookies) {
    var shown = RestAssured.given().cookies(cookies).get(app.resolve(page));
    String viewState =
        shown.htmlPath().getString("**.find { it.@name == 'jakarta.faces.ViewState' }.@value");
    // PrimeFaces' script sends the page's script nonce with every post (its CSP check)
    var nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(shown.asString());
    Map<String, String> session = new java.util.HashMap<>(cookies);
    session.putAll(shown.cookies());
    var post =
        RestAssured.given()
            .redirects()
            .follow(false)
            .cookies(session)
            .contentType("application/x-www-form-urlencoded")
            .formParam(form, form)
            .formParam(form + ":" + button, "")
            .formParam("jakarta.faces.ViewState", viewState);
    if (nonce.find()) {
      post.formParam("primefaces.nonce", nonce.group(1));
    }
    fields.forEach((id, value) -> post.formParam(form + ":" + id, value));
    return post.post(app.resolve(page.replaceAll("\\?.*", "")));
  }

  /**
   * The token of the latest invitation link mailed to {@code email}, read from the mail itself: the
   * campus keeps the token only until the mail is sent and shows it nowhere.
   */
  public String invitationTokenFor(String email) {
    return linkTokenFor(email, "invitation.xhtml");
  }

  /**
   * The token of the latest link to {@code page} (such as "verify.xhtml" or "reset-password.xhtml")
   * mailed to {@code email}, read from the mail itself.
   */
  public String linkTokenFor(String email, String page) {
    var link =
        java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(page) + "\\?token=([A-Za-z0-9_-]+)");
    var mail =
        Mailbox.await(
            email, m -> link.matcher(Mailbox.text(m)).find(), java.time.Duration.ofSeconds(30));
    var found = link.matcher(Mailbox.text(mail));
    if (!found.find()) {
      throw new IllegalStateException("No " + page + " link mailed to " + email);
    }
    return found.group(1);
  }

  /**
   * Moves the application's clock forward (the test clock is on for integration tests) and returns
   * the new time. Deadlines pass without sleeping; the clock never runs back.
   */
  public java.time.Instant advanceClock(java.time.Duration by) {
    java.time.Instant now =
        java.time.Instant.parse(
            as(ADMIN)
                .body(Map.of("by", by.toString()))
                .post("test-clock/advance")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("now"));
    forgetTokens(); // tokens expire by the application's clock
    return now;
  }

  /** The application's current time, which tests may have moved ahead of the real one. */
  public java.time.Instant now() {
    return java.time.Instant.parse(
        as(ADMIN).get("test-clock").then().statusCode(200).extract().jsonPath().getString("now"));
  }

  /** The status of a page requested with a page session's cookies, redirects not followed. */
  public int pageStatus(Map<String, String> session, String page) {
    return RestAssured.given()
        .cookies(session)
        .redirects()
        .follow(false)
        .get(app.resolve(page))
        .statusCode();
  }

  /** An admin replaces a member's roles through the API. */
  public void replaceRoles(String memberId, String... roles) {
    as(ADMIN)
        .body(java.util.Map.of("roles", java.util.List.of(roles)))
        .put("members/" + memberId + "/roles")
        .then()
        .statusCode(200);
  }

  /** A fresh e-mail address no other test uses. */
  public static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
  }

  /**
   * Signs up a new educator through the API and returns their e-mail (password {@link #PASSWORD}).
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
                PASSWORD,
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

  /** The paths of the OpenAPI document, each with its operations by method. */
  public Map<String, Map<String, Object>> openApiPaths() {
    String document =
        RestAssured.given()
            .accept("application/json")
            .get(server().resolve("openapi"))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return io.restassured.path.json.JsonPath.from(document).getMap("paths");
  }
}
