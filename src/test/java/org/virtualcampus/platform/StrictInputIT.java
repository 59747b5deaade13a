package org.virtualcampus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/**
 * Strict input (issue 7, item 10): what JSON-B used to coerce silently, or answer with a 500 or a
 * nameless error, is now a 400 problem naming the field, and nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
class StrictInputIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  @Test
  void aFractionWhereSeatsBelongIsRefusedNotRoundedDown() {
    assertRefused(cohortWith(n -> n.put("capacity", new BigDecimal("5.9"))), "capacity");
  }

  @Test
  void aNumberThatDoesNotFitIsRefusedNotWrappedAround() {
    assertRefused(cohortWith(n -> n.put("capacity", 4294967301L)), "capacity");
    assertRefused(cohortWith(n -> n.put("capacity", new BigDecimal("1e999"))), "capacity");
    assertRefused(
        campus
            .as(Campus.COORDINATOR)
            .body("{\"title\":\"T\",\"summary\":\"S\",\"weeks\":4294967301,\"weeklyHours\":6}")
            .post("courses"),
        "weeks");
  }

  @Test
  void aValueOfTheWrongJsonTypeIsRefusedNotCoerced() {
    assertRefused(cohortWith(n -> n.putArray("name").add("first").add("last")), "name");
    assertRefused(cohortWith(n -> n.put("capacity", "40")), "capacity");
    assertRefused(cohortWith(n -> n.putObject("timeZone").put("zone", "UTC")), "timeZone");
    assertRefused(cohortWith(n -> n.put("facilitatorIds", "someone")), "facilitatorIds");
    assertRefused(campus.as(Campus.COORDINATOR).body("[1, 2, 3]").post("cohorts"), "body");
    assertRefused(campus.as(Campus.COORDINATOR).body("{\"name\": ").post("cohorts"), "body");
  }

  @Test
  void anImpossibleDateIsRefusedNamingTheField() {
    assertRefused(cohortWith(n -> n.put("startsOn", "2027-02-30")), "startsOn");
    assertRefused(cohortWith(n -> n.put("interestClosesAt", "tomorrow")), "interestClosesAt");
  }

  @Test
  void nullOrBlankListItemsAreRefused() {
    String member = memberId(campus.newEducator("roles"));
    for (String roles : List.of("[null]", "[\"EDUCATOR\", null]", "[\"  \"]", "[5]")) {
      campus
          .as(Campus.ADMIN)
          .body("{\"roles\": " + roles + "}")
          .put("members/" + member + "/roles")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field[0]", org.hamcrest.Matchers.startsWith("roles["));
    }
    assertRefused(cohortWith(n -> n.putArray("facilitatorIds").addNull()), "facilitatorIds[0]");
  }

  @Test
  void pagesAndSizesBeyondSaneLimitsAre400OnEveryListEndpoint() {
    String cohort = cohorts.open(cohorts.plan(5));
    List<String> lists = listEndpoints();
    assertThat(lists).hasSizeGreaterThanOrEqualTo(8);
    for (String path : lists) {
      String concrete = path.replaceAll("\\{[^}]+}", cohort).replaceFirst("^/", "");
      for (Map<String, String> query :
          List.of(
              Map.of("page", "2147483647"),
              Map.of("page", "-1"),
              Map.of("size", "100000"),
              Map.of("size", "0"),
              Map.of("page", "99999999999999999999999"))) {
        RestAssured.given()
            .header(
                "Authorization", "Bearer " + campus.tokenFor(Campus.ADMIN, Campus.DEMO_PASSWORD))
            .queryParams(query)
            .get(campus.app().resolve(concrete))
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("errors.field", hasItem(query.keySet().iterator().next()));
      }
    }
  }

  @Test
  void memberSearchTakesPercentAndUnderscoreLiterally() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String email = Campus.uniqueEmail("pct");
    campus
        .anonymous()
        .body(
            Map.of(
                "email",
                email,
                "password",
                Campus.PASSWORD,
                "displayName",
                "Full 100% " + tag,
                "profession",
                "NURSE",
                "timeZone",
                "UTC"))
        .post("members")
        .then()
        .statusCode(201);
    long everyone = searchTotal("");
    assertThat(everyone).isGreaterThan(1);
    assertThat(searchTotal("%")).isLessThan(everyone);
    assertThat(searchTotal("_")).isLessThan(everyone);
    assertThat(searchTotal("100% " + tag)).isEqualTo(1);
    assertThat(searchTotal("10_% " + tag)).isZero();
  }

  private long searchTotal(String q) {
    return campus
        .as(Campus.ADMIN)
        .queryParam("q", q)
        .get("members")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  @Test
  void errorBodiesQuoteAtMostAShortExcerptOfTheInput() {
    String huge = "Z".repeat(600_000);
    String member = memberId(campus.newEducator("echo"));
    for (Response response :
        List.of(
            campus
                .as(Campus.ADMIN)
                .body(Map.of("roles", List.of(huge)))
                .put("members/" + member + "/roles"),
            cohortWith(n -> n.put("timeZone", huge)),
            cohortWith(n -> n.put("startsOn", huge)),
            cohortWith(n -> n.put("admission", huge)),
            campus.as(Campus.COORDINATOR).body("{\"" + huge + "\": [1}").post("cohorts"))) {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.asString().length()).isLessThan(2_000);
    }
  }

  private Response cohortWith(Consumer<ObjectNode> change) {
    ObjectNode body = JSON.valueToTree(cohorts.plan(10));
    change.accept(body);
    try {
      return campus.as(Campus.COORDINATOR).body(JSON.writeValueAsString(body)).post("cohorts");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertRefused(Response response, String field) {
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItem(field));
  }

  private String memberId(String email) {
    return campus
        .as(Campus.ADMIN)
        .queryParam("q", email)
        .get("members")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("items[0].id");
  }

  /** Every GET in the OpenAPI document that takes a page parameter. */
  private List<String> listEndpoints() {
    List<String> lists = new ArrayList<>();
    campus
        .openApiPaths()
        .forEach(
            (path, operations) -> {
              Object get = operations.get("get");
              if (get != null && String.valueOf(get).contains("name=page")) {
                lists.add(path);
              }
            });
    return lists;
  }
}
