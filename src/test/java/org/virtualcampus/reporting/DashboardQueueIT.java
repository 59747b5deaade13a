package org.virtualcampus.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/**
 * The dashboard's enrollment figures with real data: an invitation in the funnel, and a waitlist
 * promotion with the wait measured by the test clock (the medians run in SQL).
 */
@ExtendWith(ArquillianExtension.class)
class DashboardQueueIT {
  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  private JsonPath dashboard(String cohort) {
    return campus
        .as(Campus.COORDINATOR)
        .get("cohorts/" + cohort + "/dashboard")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void anInvitationNotYetOpenedStartsTheFunnel() {
    String cohort = cohorts.invitationOnlyWith(campus.newEducator("invitee"));
    JsonPath d = dashboard(cohort);
    assertThat(d.getList("funnel.steps.count")).containsExactly(1, 0, 0, 0, 0, 0);
    assertThat(d.getFloat("funnel.steps[1].conversion")).isEqualTo(0.0f);
    assertThat(d.getString("funnel.steps[2].conversion")).isNull();
    assertThat(d.getString("funnel.medianDaysToInterest")).isNull();
  }

  @Test
  void aPromotionFromTheWaitlistCountsWithItsWait() {
    String cohort = cohorts.open(1);
    String ana = campus.newEducator("ana");
    String ben = campus.newEducator("ben");
    String anaPlace = (String) cohorts.request(cohort, ana).get("id");
    cohorts.request(cohort, ben);
    JsonPath before = dashboard(cohort);
    assertThat(before.getInt("seats.taken")).isEqualTo(1);
    assertThat(before.getInt("seats.waitlist")).isEqualTo(1);
    assertThat(before.getInt("waitlist.promotions")).isZero();

    campus.advanceClock(Duration.ofHours(36));
    campus
        .as(ana, Campus.PASSWORD)
        .post("enrollments/" + anaPlace + "/withdraw")
        .then()
        .statusCode(200);

    JsonPath after = dashboard(cohort);
    assertThat(after.getInt("seats.waitlist")).isZero();
    assertThat(after.getInt("waitlist.promotions")).isEqualTo(1);
    assertThat(after.getFloat("waitlist.medianWaitDays")).isEqualTo(1.5f);
    assertThat(after.getFloat("waitlist.longestWaitDays")).isEqualTo(1.5f);
    assertThat(after.getList("funnel.steps.count")).containsExactly(0, 0, 2, 2, 2, 0);
  }
}
