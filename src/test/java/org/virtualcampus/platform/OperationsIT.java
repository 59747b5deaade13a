package org.virtualcampus.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;

/** Health, metrics and the OpenAPI document; the schema came up through the migrations. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
  }

  @Test
  void readinessReportsTheMigratedDatabase() {
    RestAssured.get(campus.server().resolve("health/ready"))
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("database"))
        .body("checks.find { it.name == 'database' }.data.migrated", equalTo("true"));
  }

  @Test
  void theTestClockMovesOnlyForwardAndOnlyForAdmins() {
    campus
        .as(Campus.EDUCATOR)
        .body(java.util.Map.of("by", "PT1H"))
        .post("test-clock/advance")
        .then()
        .statusCode(403);
    campus.anonymous().get("test-clock").then().statusCode(401);
    campus
        .as(Campus.ADMIN)
        .body(java.util.Map.of("by", "-PT1H"))
        .post("test-clock/advance")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("by"));
    campus
        .as(Campus.ADMIN)
        .body(java.util.Map.of("by", "an hour"))
        .post("test-clock/advance")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("by"));
    java.time.Instant before = campus.now();
    org.assertj.core.api.Assertions.assertThat(campus.advanceClock(java.time.Duration.ofMinutes(5)))
        .isAfterOrEqualTo(before.plus(java.time.Duration.ofMinutes(5)));
  }

  @Test
  void metricsAreServed() {
    RestAssured.get(campus.server().resolve("metrics")).then().statusCode(200);
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    RestAssured.given()
        .accept("application/json")
        .get(campus.server().resolve("openapi"))
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Virtual Campus API"))
        .body("paths.keySet()", hasItem(containsString("/api/v1/members")))
        .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
  }

  @Test
  void demoDataWasSeededOnce() {
    campus
        .as(Campus.ADMIN)
        .queryParam("q", "@campus.example")
        .queryParam("size", 1)
        .get("members")
        .then()
        .statusCode(200)
        .body("total", equalTo(64));
  }
}
