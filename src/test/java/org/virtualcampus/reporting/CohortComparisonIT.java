package org.virtualcampus.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.AttendanceFixture;
import org.virtualcampus.support.AttendanceFixture.Cohort;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Campus;

/** Two cohorts of one course side by side, each by its dashboard's rules (issue 12). */
@ExtendWith(ArquillianExtension.class)
class CohortComparisonIT {
  @ArquillianResource URL deploymentUrl;

  @Test
  void theSecondRunIsComparedWithTheFirstByTheSameRules() {
    Campus campus = new Campus(deploymentUrl);
    AttendanceFixture fixture = new AttendanceFixture(campus);
    Cohort first = fixture.cohort("cmpa", 2);
    Cohort second = fixture.cohort("cmpb", 2);
    Session one = fixture.session(first, "Week 1", 1);
    Session two = fixture.session(second, "Week 1", 1);
    fixture.moveTo(one, Duration.ofMinutes(1));
    campus
        .as(Campus.FACILITATOR)
        .post("sessions/" + one.id() + "/roll-call/all-present")
        .then()
        .statusCode(200);
    campus
        .as(Campus.FACILITATOR)
        .post("sessions/" + two.id() + "/roll-call/all-present")
        .then()
        .statusCode(200);
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("status", "ABSENT"))
        .put("sessions/" + two.id() + "/roll-call/" + fixture.memberId(second.educators().get(0)))
        .then()
        .statusCode(200);

    String url = "courses/" + fixture.course() + "/cohort-comparison";
    JsonPath compared =
        campus.as(Campus.COORDINATOR).get(url).then().statusCode(200).extract().jsonPath();
    assertThat(compared.getList("cohorts.cohortId")).contains(first.id(), second.id());
    assertThat(compared.getFloat("cohorts.find { it.cohortId == '" + first.id() + "' }.attendance"))
        .isEqualTo(100.0f);
    assertThat(
            compared.getFloat("cohorts.find { it.cohortId == '" + second.id() + "' }.attendance"))
        .isEqualTo(50.0f);
    assertThat(compared.getInt("cohorts.find { it.cohortId == '" + second.id() + "' }.enrolled"))
        .isEqualTo(2);
    assertThat(compared.getString("attendanceDefinition")).isNotBlank();
    // Each row agrees with that cohort's own dashboard.
    assertThat(
            campus
                .as(Campus.COORDINATOR)
                .get("cohorts/" + second.id() + "/dashboard")
                .jsonPath()
                .getFloat("attendance.cohort.percent"))
        .isEqualTo(50.0f);

    assertThat(
            campus
                .as(Campus.FACILITATOR)
                .get(url)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("cohorts"))
        .hasSize(2);
    campus.as("facilitator2@campus.example").get(url).then().statusCode(403);
    campus.as(first.educators().get(0), Campus.PASSWORD).get(url).then().statusCode(403);
    campus
        .as(Campus.COORDINATOR)
        .get("courses/no-such-course/cohort-comparison")
        .then()
        .statusCode(404);
  }
}
