package org.virtualcampus.reporting;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.virtualcampus.support.ReportFixture;

/**
 * The dashboard and the exports run as many SQL statements for one member and one session as for
 * four members and three sessions (X-Campus-Statements, as in StatementCountIT): the figures are
 * aggregated in the database, never per member or session.
 */
@ExtendWith(ArquillianExtension.class)
class ReportStatementCountIT {
  private static final String ASK = "X-Campus-Count-Statements";
  private static final String ANSWER = "X-Campus-Statements";

  @ArquillianResource URL deploymentUrl;

  @Test
  void reportsReadAsManyStatementsForOneMemberAsForFour() {
    Campus campus = new Campus(deploymentUrl);
    AttendanceFixture fixture = new AttendanceFixture(campus);
    ReportFixture reports = new ReportFixture(campus, fixture);
    String module = reports.moduleWithHomework(fixture.course(), "Week 1");
    Cohort small = fixture.cohort("few", 1);
    Cohort large = fixture.cohort("many", 4);
    reports.handIn(small.educators().get(0), small.id(), module);
    for (String educator : large.educators()) {
      reports.handIn(educator, large.id(), module);
    }
    Session one = fixture.session(small, "Only", 1);
    Session first = fixture.session(large, "First", 1);
    Session second = fixture.session(large, "Second", 2);
    Session third = fixture.session(large, "Third", 3);
    fixture.moveTo(one, Duration.ofMinutes(-5));
    reports.rollCall(one, Map.of());
    reports.rollCall(first, Map.of(large.educators().get(0), "LATE"));
    fixture.moveTo(second, Duration.ofMinutes(-5));
    reports.rollCall(second, Map.of(large.educators().get(1), "ABSENT"));
    fixture.moveTo(third, Duration.ofMinutes(-5));
    reports.rollCall(third, Map.of());

    for (String report : new String[] {"dashboard", "attendance.csv", "summary.pdf"}) {
      int few = statements(campus, small.id(), report);
      int many = statements(campus, large.id(), report);
      assertThat(many).as(report + ": 4 members × 3 sessions against 1 × 1").isEqualTo(few);
    }
  }

  private static int statements(Campus campus, String cohort, String report) {
    var response =
        campus.as(Campus.FACILITATOR).header(ASK, "yes").get("cohorts/" + cohort + "/" + report);
    response.then().statusCode(200);
    int count = Integer.parseInt(response.header(ANSWER));
    System.out.println("SQL statements of " + report + ": " + count);
    assertThat(count).isPositive();
    return count;
  }
}
