package org.virtualcampus.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.AttendanceFixture;
import org.virtualcampus.support.AttendanceFixture.Cohort;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.PilotFixture;
import org.virtualcampus.support.ReportFixture;

/**
 * The modelled pilot replayed through the API: 100 invited, 60 interested within a week, 40 seated
 * and 20 waiting; two leave before the start and two are seated from the waitlist; five weekly
 * sessions with roll calls and homework for five modules, 90% handed in. Every figure of the
 * dashboard, the CSV and the PDF is checked against numbers worked out by hand below.
 *
 * <p>The 40 participants are P0…P39 in name order. Attendance: P39 absent in weeks 1 and 2, P38
 * late in week 3, P37 excused in week 4, P36 absent in week 5; the rest present. Homework: see
 * {@link #MISSING} and {@link #LATE}; everyone else hands in on time.
 */
@ExtendWith(ArquillianExtension.class)
class PilotReplayIT {
  /** Participants (by index) who never hand in each module's homework. */
  static final List<List<Integer>> MISSING =
      List.of(
          List.of(39),
          List.of(39, 35, 34),
          List.of(39, 35, 33),
          List.of(39, 35, 33, 32, 31, 30),
          List.of(39, 35, 33, 32, 31, 30, 29));

  /** Participants who hand in each module's homework after its due time (a week late). */
  static final List<List<Integer>> LATE =
      List.of(List.of(0), List.of(), List.of(1, 2), List.of(3), List.of(4));

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  AttendanceFixture attendance;
  ReportFixture reports;
  PilotFixture pilot;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    attendance = new AttendanceFixture(campus);
    reports = new ReportFixture(campus, attendance);
    pilot = new PilotFixture(campus);
  }

  @Test
  void thePilotsFiguresComeOutOfTheDashboardTheCsvAndThePdf() throws Exception {
    List<String> modules = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      // Module k is due on the last day of week k: day 7k - 1 at 23:59.
      modules.add(reports.moduleWithHomework(pilot.course(), "Module " + k, 7 * k - 1));
    }
    Cohort cohort = pilot.inviteHundred();
    List<String> answered = pilot.sixtyAnswerWithinAWeek(cohort);

    // Day 6 after the invitations: answers 0–39 hold the seats, 40–59 wait.
    JsonPath week = reports.dashboard(cohort.id());
    assertThat(week.getInt("seats.taken")).isEqualTo(40);
    assertThat(week.getInt("seats.capacity")).isEqualTo(40);
    assertThat(week.getInt("seats.waitlist")).isEqualTo(20);
    assertThat(week.getList("funnel.steps.count")).containsExactly(100, 60, 60, 40, 40, 0);
    // opened 60/100, interested 60/60, offered 40/60, enrolled 40/40, completed 0/40.
    assertThat(week.getList("funnel.steps.conversion", Float.class))
        .containsExactly(null, 60.0f, 100.0f, 66.7f, 100.0f, 0.0f);
    // 15 after 1 day, 15 after 2, 10 after 3, 5 after 4, 15 after 6: the 30th is 2, the 31st 3.
    assertThat(week.getFloat("funnel.medianDaysToInterest")).isEqualTo(2.5f);
    assertThat(week.getInt("waitlist.promotions")).isZero();
    assertThat(week.getString("waitlist.medianWaitDays")).isNull();

    // Two seated members leave on days 10 and 12: the first two in line (who joined on day 4,
    // answers 40–44) are seated after waiting 6 and 8 days.
    pilot.withdrawOn(10, answered.get(5), cohort.id());
    pilot.withdrawOn(12, answered.get(6), cohort.id());
    List<String> p = pilot.participantsByName(cohort.id());
    assertThat(p).hasSize(40).doesNotContain(answered.get(5), answered.get(6));

    List<Session> sessions = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      sessions.add(attendance.session(cohort, "CLASS", "Week " + k + " class", 7 * k - 6, 120));
    }
    List<Map<String, String>> exceptions =
        List.of(
            Map.of(p.get(39), "ABSENT"),
            Map.of(p.get(39), "ABSENT"),
            Map.of(p.get(38), "LATE"),
            Map.of(p.get(37), "EXCUSED"),
            Map.of(p.get(36), "ABSENT"));
    for (int k = 0; k < 5; k++) {
      attendance.moveTo(sessions.get(k), Duration.ofMinutes(-5));
      reports.rollCall(sessions.get(k), exceptions.get(k));
      if (k > 0) {
        handIn(p, LATE.get(k - 1), cohort.id(), modules.get(k - 1));
      }
      handIn(p, onTime(k), cohort.id(), modules.get(k));
    }
    // Day 35: every homework is past due; the last late one comes in.
    attendance.moveTo(sessions.get(4), Duration.ofDays(6));
    handIn(p, LATE.get(4), cohort.id(), modules.get(4));

    JsonPath d = reports.dashboard(cohort.id());
    checkDashboard(d, p);
    new PilotExportChecks(campus, pilot).check(cohort.id(), sessions, p, d.getString("cohortName"));
    checkTheCoursesRiskRule(cohort.id(), p);
  }

  /**
   * With the course's rule at three missing homework, P30–P32 (two missing) drop out of the list,
   * and the one-click reminder goes to the three left.
   */
  private void checkTheCoursesRiskRule(String cohort, List<String> p) {
    String rule = "courses/" + pilot.course() + "/risk-rule";
    campus
        .as(Campus.COORDINATOR)
        .get(rule)
        .then()
        .statusCode(200)
        .body("absences", org.hamcrest.Matchers.equalTo(2))
        .body("missingHomework", org.hamcrest.Matchers.equalTo(2));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("absences", 2, "missingHomework", 3))
        .put(rule)
        .then()
        .statusCode(200)
        .body("missingHomework", org.hamcrest.Matchers.equalTo(3));
    JsonPath d = reports.dashboard(cohort);
    assertThat(d.getInt("risk.absenceThreshold")).isEqualTo(2);
    assertThat(d.getInt("risk.missingThreshold")).isEqualTo(3);
    assertThat(d.getString("risk.definition"))
        .contains("2 or more absences", "3 or more homework past due");
    assertThat(d.getList("risk.members.name"))
        .containsExactlyElementsOf(names(List.of(p.get(33), p.get(35), p.get(39))));
    campus
        .as(Campus.FACILITATOR)
        .post("cohorts/" + cohort + "/risk-reminders")
        .then()
        .statusCode(200)
        .body("sent", org.hamcrest.Matchers.equalTo(3));
  }

  @Test
  void aRiskRuleBelowOneIsRefusedWithTheFieldNamed() {
    String rule = "courses/" + pilot.course() + "/risk-rule";
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("absences", 0, "missingHomework", 2))
        .put(rule)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.hasItem("absences"));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("absences", 2))
        .put(rule)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("missingHomework"));
    campus
        .as(Campus.COORDINATOR)
        .get(rule)
        .then()
        .statusCode(200)
        .body("absences", org.hamcrest.Matchers.equalTo(2));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("absences", 3, "missingHomework", 3))
        .put(rule)
        .then()
        .statusCode(403);
    campus.as(Campus.COORDINATOR).get("courses/no-such-course/risk-rule").then().statusCode(404);
  }

  private void checkDashboard(JsonPath d, List<String> p) {
    assertThat(d.getInt("seats.taken")).isEqualTo(40);
    assertThat(d.getInt("seats.waitlist")).isEqualTo(18);
    assertThat(d.getList("funnel.steps.count")).containsExactly(100, 60, 60, 42, 42, 0);
    assertThat(d.getList("funnel.steps.conversion", Float.class))
        .containsExactly(null, 60.0f, 100.0f, 70.0f, 100.0f, 0.0f);
    assertThat(d.getFloat("funnel.medianDaysToInterest")).isEqualTo(2.5f);
    assertThat(d.getInt("waitlist.waiting")).isEqualTo(18);
    assertThat(d.getInt("waitlist.promotions")).isEqualTo(2);
    assertThat(d.getFloat("waitlist.medianWaitDays")).isEqualTo(7.0f);
    assertThat(d.getFloat("waitlist.longestWaitDays")).isEqualTo(8.0f);

    // 200 places; 1 excused leaves 199 counted; 3 absent, 1 late: 195 + 0.8 = 195.8 → 98.4%.
    assertThat(d.getInt("attendance.cohort.present")).isEqualTo(195);
    assertThat(d.getInt("attendance.cohort.late")).isEqualTo(1);
    assertThat(d.getInt("attendance.cohort.absent")).isEqualTo(3);
    assertThat(d.getInt("attendance.cohort.excused")).isEqualTo(1);
    assertThat(d.getInt("attendance.cohort.counted")).isEqualTo(199);
    assertThat(d.getFloat("attendance.cohort.percent")).isEqualTo(98.4f);
    assertThat(d.getList("attendance.sessions.label"))
        .containsExactly(
            "Week 1 class", "Week 2 class", "Week 3 class", "Week 4 class", "Week 5 class");
    // 39/40, 39/40, 39.8/40, 39/39, 39/40.
    assertThat(d.getList("attendance.sessions.percent", Float.class))
        .containsExactly(97.5f, 97.5f, 99.5f, 100.0f, 97.5f);
    List<Float> members = new ArrayList<>(Collections.nCopies(40, 100.0f));
    members.set(36, 80.0f); // 4 of 5
    members.set(38, 96.0f); // 4.8 of 5
    members.set(39, 60.0f); // 3 of 5
    assertThat(d.getList("attendance.members.label")).containsExactlyElementsOf(names(p));
    assertThat(d.getList("attendance.members.percent", Float.class))
        .containsExactlyElementsOf(members);

    assertThat(d.getList("homework.modules.title"))
        .containsExactly("Module 1", "Module 2", "Module 3", "Module 4", "Module 5");
    assertThat(d.getList("homework.modules.due")).containsOnly(true);
    assertThat(d.getList("homework.modules.members")).containsOnly(40);
    assertThat(d.getList("homework.modules.onTime")).containsExactly(38, 37, 35, 33, 32);
    assertThat(d.getList("homework.modules.late")).containsExactly(1, 0, 2, 1, 1);
    assertThat(d.getList("homework.modules.missing")).containsExactly(1, 3, 3, 6, 7);
    assertThat(d.getList("homework.modules.pending")).containsOnly(0);
    assertThat(d.getList("homework.modules.accepted")).containsOnly(0);
    // 39 + 37 + 37 + 34 + 33 = 180 handed in of 200: the pilot's 90%.
    assertThat(d.getInt("homework.courseModules")).isEqualTo(5);
    assertThat(d.getFloat("homework.completion")).isEqualTo(90.0f);
    // Everyone but P29–P35 (one or more missing) and P39.
    assertThat(d.getInt("homework.membersComplete")).isEqualTo(32);
    assertThat(d.getInt("practice.runs")).isZero();
    assertThat(d.getFloat("practice.participation")).isEqualTo(0.0f);

    // Two or more absences or two or more missing: P30, P31, P32 (2 missing), P33 (3), P35 (4),
    // P39 (2 absences, 5 missing); P34 and P29 miss one, P36 is absent once.
    assertThat(d.getList("risk.members.name"))
        .containsExactlyElementsOf(
            names(List.of(30, 31, 32, 33, 35, 39).stream().map(p::get).toList()));
    assertThat(d.getList("risk.members.missingHomework")).containsExactly(2, 2, 2, 3, 4, 5);
    assertThat(d.getList("risk.members.absences")).containsExactly(0, 0, 0, 0, 0, 2);
    assertThat(d.getList("risk.members[5].reasons"))
        .containsExactly("2 absences", "5 homework missing");
    assertThat(d.getList("risk.members[3].reasons")).containsExactly("3 homework missing");
  }

  /** The participants who hand module k's homework in on time: neither missing nor late. */
  private static List<Integer> onTime(int k) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      if (!MISSING.get(k).contains(i) && !LATE.get(k).contains(i)) {
        all.add(i);
      }
    }
    return all;
  }

  private void handIn(List<String> p, List<Integer> who, String cohort, String module) {
    who.forEach(i -> reports.handIn(p.get(i), cohort, module));
  }

  private List<String> names(List<String> emails) {
    return emails.stream().map(pilot::name).toList();
  }
}
