package org.virtualcampus.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/** Seats, waitlist and offers through the API, one fresh cohort per test. */
@ExtendWith(ArquillianExtension.class)
class EnrollmentFlowIT {

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  @Test
  void theCatalogueFindsOpenCohortsByNameOrCourseTakingWildcardsLiterally() {
    String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> plan = cohorts.plan(10);
    plan.put("name", "Spring 50%_" + tag);
    String match = cohorts.open(plan);
    Map<String, Object> other = cohorts.plan(10);
    other.put("name", "Spring 50 " + tag);
    cohorts.open(other);

    List<String> found =
        campus
            .anonymous()
            .queryParam("q", "50%_" + tag.toUpperCase())
            .get("cohorts/open")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(found).containsExactly(match);
    assertThat(
            campus
                .anonymous()
                .queryParam("q", "Test course")
                .queryParam("size", 1)
                .get("cohorts/open")
                .jsonPath()
                .getLong("total"))
        .as("the course title matches too")
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void seatsGoAtOnceUntilFullThenTheWaitlistShowsPlaceOfTotal() {
    String cohort = cohorts.open(2);
    String ana = campus.newEducator("ana");
    String ben = campus.newEducator("ben");
    String cleo = campus.newEducator("cleo");
    String dora = campus.newEducator("dora");

    assertThat(cohorts.request(cohort, ana)).containsEntry("status", "ENROLLED");
    assertThat(cohorts.request(cohort, ben)).containsEntry("status", "ENROLLED");
    assertThat(cohorts.request(cohort, cleo))
        .containsEntry("status", "WAITLISTED")
        .containsEntry("position", 1);
    Map<String, Object> d = cohorts.request(cohort, dora);
    assertThat(d).containsEntry("status", "WAITLISTED").containsEntry("position", 2);
    assertThat(((Number) d.get("waiting")).intValue()).isEqualTo(2);

    campus
        .as(ana, Campus.PASSWORD)
        .post("cohorts/" + cohort + "/enrollments")
        .then()
        .statusCode(409)
        .body("title", equalTo("Already registered"));
  }

  @Test
  void promotesFirstWaitlistedWhenAnEnrolledMemberWithdraws() {
    String cohort = cohorts.open(1);
    String ana = campus.newEducator("ana");
    String ben = campus.newEducator("ben");
    String cleo = campus.newEducator("cleo");
    String anaPlace = (String) cohorts.request(cohort, ana).get("id");
    cohorts.request(cohort, ben);
    cohorts.request(cohort, cleo);

    campus
        .as(ana, Campus.PASSWORD)
        .post("enrollments/" + anaPlace + "/withdraw")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));

    assertThat(cohorts.mine(ben, cohort)).containsEntry("status", "ENROLLED");
    assertThat(cohorts.mine(cleo, cohort))
        .containsEntry("status", "WAITLISTED")
        .containsEntry("position", 1);
    assertThat(cohorts.history(cohort))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("kind", "PROMOTED")
                    .containsEntry("memberName", "ben Tester"));
    // The coordinator is told about the withdrawal.
    campus
        .as(Campus.COORDINATOR)
        .queryParam("size", 50)
        .get("notifications")
        .then()
        .statusCode(200)
        .body("items.subject", hasItem(containsString("ana Tester withdrew")));
  }

  @Test
  void offerIsAcceptedOrDeclinedAndADeclinedSeatMovesOn() {
    Map<String, Object> plan = cohorts.plan(1);
    plan.put("seatPolicy", "OFFER");
    String cohort = cohorts.open(plan);
    String ana = campus.newEducator("ana");
    String ben = campus.newEducator("ben");
    Map<String, Object> offer = cohorts.request(cohort, ana);
    assertThat(offer).containsEntry("status", "OFFERED");
    OffsetDateTime deadline = OffsetDateTime.parse((String) offer.get("offerExpiresAt"));
    assertThat(Duration.between(campus.now(), deadline.toInstant()).toHours()).isBetween(71L, 72L);
    cohorts.request(cohort, ben);

    campus
        .as(ana, Campus.PASSWORD)
        .post("enrollments/" + offer.get("id") + "/decline")
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"));
    Map<String, Object> benPlace = cohorts.mine(ben, cohort);
    assertThat(benPlace).containsEntry("status", "OFFERED");

    campus
        .as(ana, Campus.PASSWORD)
        .post("enrollments/" + benPlace.get("id") + "/accept")
        .then()
        .statusCode(403);
    campus
        .as(ben, Campus.PASSWORD)
        .post("enrollments/" + benPlace.get("id") + "/accept")
        .then()
        .statusCode(200)
        .body("status", equalTo("ENROLLED"));
  }

  @Test
  void acceptingAnExpiredOfferIs409AndTheSweeperPassesTheSeatOn() throws InterruptedException {
    Map<String, Object> plan = cohorts.plan(1);
    plan.put("seatPolicy", "OFFER");
    plan.put("offerHold", "PT2H");
    String cohort = cohorts.open(plan);
    String ana = campus.newEducator("ana");
    String ben = campus.newEducator("ben");
    String offerId = (String) cohorts.request(cohort, ana).get("id");
    cohorts.request(cohort, ben);
    campus.advanceClock(Duration.ofHours(2).plusSeconds(1));

    campus
        .as(ana, Campus.PASSWORD)
        .post("enrollments/" + offerId + "/accept")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");

    org.awaitility.Awaitility.await("Ana's offer expires")
        .atMost(java.time.Duration.ofSeconds(10))
        .pollInterval(java.time.Duration.ofMillis(250))
        .until(() -> "EXPIRED".equals(cohorts.mine(ana, cohort).get("status")));
    assertThat(cohorts.mine(ana, cohort)).containsEntry("status", "EXPIRED");
    assertThat(cohorts.mine(ben, cohort).get("status")).isIn("OFFERED", "EXPIRED");
    assertThat(cohorts.history(cohort))
        .anySatisfy(e -> assertThat(e).containsEntry("kind", "OFFER_EXPIRED"));
  }

  @Test
  void holderOfAnOfferEndingWithinADayIsRemindedOnce() throws InterruptedException {
    Map<String, Object> plan = cohorts.plan(1);
    plan.put("seatPolicy", "OFFER");
    plan.put("offerHold", "PT20H");
    String cohort = cohorts.open(plan);
    String ana = campus.newEducator("ana");
    cohorts.request(cohort, ana);

    assertThat(awaitReminders(ana)).hasSize(1);

    // A second offer made now is reminded by a later sweep, which checked Ana's offer again.
    String cohort2 = cohorts.open(plan);
    String ben = campus.newEducator("ben");
    cohorts.request(cohort2, ben);
    assertThat(awaitReminders(ben)).hasSize(1);
    assertThat(reminders(ana)).as("later sweeps remind nobody twice").hasSize(1);
  }

  /** Polls until the member has an "ends soon" reminder, for at most ten seconds. */
  private List<Map<String, Object>> awaitReminders(String email) throws InterruptedException {
    return org.awaitility.Awaitility.await("an ends-soon reminder to " + email)
        .atMost(java.time.Duration.ofSeconds(10))
        .pollInterval(java.time.Duration.ofMillis(200))
        .until(() -> reminders(email), found -> !found.isEmpty());
  }

  private List<Map<String, Object>> reminders(String email) {
    return campus
        .as(email, Campus.PASSWORD)
        .queryParam("size", 50)
        .get("notifications/mine")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .<Map<String, Object>>getList("items")
        .stream()
        .filter(n -> "OFFER_EXPIRES_SOON".equals(n.get("kind")))
        .toList();
  }

  @Test
  void requestsAreRefusedWithTheReasonWhileTheCohortTakesNone() {
    String ana = campus.newEducator("ana");
    String draft =
        campus
            .as(Campus.COORDINATOR)
            .body(cohorts.plan(5))
            .post("cohorts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    campus
        .as(ana, Campus.PASSWORD)
        .post("cohorts/" + draft + "/enrollments")
        .then()
        .statusCode(409)
        .body("detail", containsString("not open for requests yet"));

    Map<String, Object> later = cohorts.plan(5);
    later.put("interestOpensAt", campus.now().plus(Duration.ofDays(3)).toString());
    String notYet = cohorts.open(later);
    campus
        .as(ana, Campus.PASSWORD)
        .post("cohorts/" + notYet + "/enrollments")
        .then()
        .statusCode(409)
        .body("detail", containsString("Requests open on"));

    String cancelled = cohorts.open(5);
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("status", "CANCELLED"))
        .post("cohorts/" + cancelled + "/status")
        .then()
        .statusCode(200);
    campus
        .as(ana, Campus.PASSWORD)
        .post("cohorts/" + cancelled + "/enrollments")
        .then()
        .statusCode(409)
        .body("detail", containsString("cancelled"));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("status", "OPEN"))
        .post("cohorts/" + cancelled + "/status")
        .then()
        .statusCode(409);

    assertThat(campus.as(ana, Campus.PASSWORD).get("enrollments/mine").jsonPath().getList("items"))
        .isEmpty();
  }

  @Test
  void raisingCapacityPromotesAtOnceAndLoweringBelowSeatsTakenIsRefused() {
    Map<String, Object> plan = cohorts.plan(1);
    String cohort = cohorts.open(plan);
    String ana = campus.newEducator("ana");
    String ben = campus.newEducator("ben");
    String cleo = campus.newEducator("cleo");
    cohorts.request(cohort, ana);
    cohorts.request(cohort, ben);
    cohorts.request(cohort, cleo);

    plan.put("capacity", 2);
    plan.put("version", 0); // seats taken meanwhile do not make the edit stale
    int saved =
        campus
            .as(Campus.COORDINATOR)
            .body(plan)
            .put("cohorts/" + cohort)
            .then()
            .statusCode(200)
            .body("seatsTaken", equalTo(2))
            .body("waiting", equalTo(1))
            .extract()
            .jsonPath()
            .getInt("version");
    assertThat(cohorts.mine(ben, cohort)).containsEntry("status", "ENROLLED");

    plan.put("capacity", 1);
    plan.put("version", saved);
    campus
        .as(Campus.COORDINATOR)
        .body(plan)
        .put("cohorts/" + cohort)
        .then()
        .statusCode(409)
        .body("detail", containsString("2 seats"));
    assertThat(cohorts.figures(cohort)).containsEntry("capacity", 2);
  }

  @Test
  void coordinatorMovesPromotesAndRemovesWithReasonsInTheHistory() {
    String cohort = cohorts.open(1);
    String ana = campus.newEducator("ana");
    String ben = campus.newEducator("ben");
    String cleo = campus.newEducator("cleo");
    String anaPlace = (String) cohorts.request(cohort, ana).get("id");
    cohorts.request(cohort, ben);
    String cleoPlace = (String) cohorts.request(cohort, cleo).get("id");

    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("direction", "UP"))
        .post("enrollments/" + cleoPlace + "/move")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("direction", "UP", "reason", "Needs this cohort for accreditation"))
        .post("enrollments/" + cleoPlace + "/move")
        .then()
        .statusCode(200)
        .body("position", equalTo(1));
    List<Map<String, Object>> line = cohorts.waitlist(cohort);
    assertThat(line)
        .extracting(e -> e.get("memberName"))
        .containsExactly("cleo Tester", "ben Tester");
    assertThat(line).extracting(e -> e.get("position")).containsExactly(1, 2);

    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("reason", "Faculty lead"))
        .post("enrollments/" + cleoPlace + "/promote")
        .then()
        .statusCode(409)
        .body("title", equalTo("Cohort full"));

    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("reason", "Left the institution"))
        .post("enrollments/" + anaPlace + "/remove")
        .then()
        .statusCode(200)
        .body("status", equalTo("REMOVED"));
    assertThat(cohorts.mine(cleo, cohort)).containsEntry("status", "ENROLLED");
    assertThat(cohorts.mine(ben, cohort)).containsEntry("position", 1);

    List<Map<String, Object>> history = cohorts.history(cohort);
    assertThat(history)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("kind", "MOVED")
                    .containsEntry("reason", "Needs this cohort for accreditation")
                    .containsEntry("actorName", "Cora Coordinator")
                    .containsEntry("fromPosition", 2)
                    .containsEntry("toPosition", 1));
    assertThat(history)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("kind", "REMOVED")
                    .containsEntry("reason", "Left the institution"));

    campus.as(ben, Campus.PASSWORD).get("cohorts/" + cohort + "/waitlist").then().statusCode(403);
  }

  @Test
  void approvalCohortNeverLetsALaterApplicantOvertakeAnEarlierOne() {
    Map<String, Object> plan = cohorts.plan(2);
    plan.put("seatPolicy", "APPROVAL");
    String cohort = cohorts.open(plan);
    String ana = campus.newEducator("ana");
    String ben = campus.newEducator("ben");
    String anaPlace = (String) cohorts.request(cohort, ana).get("id");
    Map<String, Object> benPlace = cohorts.request(cohort, ben);
    assertThat(benPlace).containsEntry("status", "INTERESTED").containsEntry("position", 2);

    campus
        .as(Campus.COORDINATOR)
        .post("enrollments/" + benPlace.get("id") + "/approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("WAITLISTED"));
    assertThat(cohorts.mine(ben, cohort))
        .as("Ana, earlier and still undecided, blocks Ben")
        .containsEntry("status", "WAITLISTED");

    campus
        .as(Campus.COORDINATOR)
        .post("enrollments/" + anaPlace + "/approve")
        .then()
        .statusCode(200);
    assertThat(cohorts.mine(ana, cohort)).containsEntry("status", "OFFERED");
    assertThat(cohorts.mine(ben, cohort)).containsEntry("status", "OFFERED");
  }

  @Test
  void professionCapPassesOverAndSaysWhy() {
    Map<String, Object> plan = cohorts.plan(2);
    plan.put("professionCapPercent", 50);
    String cohort = cohorts.open(plan);
    String nurse1 = campus.newEducator("nurse1", "NURSE");
    String nurse2 = campus.newEducator("nurse2", "NURSE");
    String doctor = campus.newEducator("doctor", "PHYSICIAN");
    assertThat(cohorts.request(cohort, nurse1)).containsEntry("status", "ENROLLED");
    assertThat(cohorts.request(cohort, nurse2))
        .as("nurses hold 1 of the 1 seats they may")
        .containsEntry("status", "WAITLISTED");
    assertThat(cohorts.request(cohort, doctor)).containsEntry("status", "ENROLLED");
    assertThat(cohorts.history(cohort))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("kind", "PASSED_OVER")
                    .containsEntry("memberName", "nurse2 Tester")
                    .satisfies(
                        x ->
                            assertThat((String) x.get("reason"))
                                .contains("Nurses already hold 1 of 2 seats (cap 50%)")));
    assertThat(cohorts.history(cohort))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("kind", "JOINED")
                    .containsEntry("memberName", "nurse2 Tester")
                    .containsEntry(
                        "reason",
                        "Asked for a seat; the seats left are held for other professions (cap 50%)."));
  }

  @Test
  void invitationOnlyCohortRefusesUninvitedRequests() {
    Map<String, Object> plan = cohorts.plan(5);
    plan.put("admission", "INVITATION_ONLY");
    String cohort = cohorts.open(plan);
    String ana = campus.newEducator("ana");
    campus
        .as(ana, Campus.PASSWORD)
        .post("cohorts/" + cohort + "/enrollments")
        .then()
        .statusCode(409)
        .body("title", equalTo("By invitation only"));
  }

  @Test
  void badCohortInputNamesEveryFieldAndCreatesNothing() {
    Map<String, Object> plan = cohorts.plan(0);
    plan.put("seatPolicy", "LOTTERY");
    plan.put("offerHold", "three days");
    plan.put("timeZone", "Nowhere/Land");
    long before = campus.as(Campus.COORDINATOR).get("cohorts").jsonPath().getLong("total");
    campus
        .as(Campus.COORDINATOR)
        .body(plan)
        .post("cohorts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("capacity"))
        .body("errors.field", hasItem("timeZone"));
    plan.put("capacity", 5);
    plan.put("timeZone", "UTC");
    plan.put("endsOn", "2020-01-01");
    campus
        .as(Campus.COORDINATOR)
        .body(plan)
        .post("cohorts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("seatPolicy"))
        .body("errors.field", hasItem("offerHold"))
        .body("errors.field", hasItem("endsOn"));
    assertThat(campus.as(Campus.COORDINATOR).get("cohorts").jsonPath().getLong("total"))
        .isEqualTo(before);
    campus
        .as(campus.newEducator("eve"), Campus.PASSWORD)
        .body(cohorts.plan(5))
        .post("cohorts")
        .then()
        .statusCode(403);
  }
}
