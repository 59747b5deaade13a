package org.virtualcampus.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/**
 * A cohort's life through the API: interest collected before it opens, cancelling with offers out,
 * removed members asking again, invitations that expire.
 */
@ExtendWith(ArquillianExtension.class)
class CohortLifecycleIT {
  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  @Test
  void cancellingWithOffersOutStopsPromotionsTellsEveryoneAndRefusesAccepting() {
    Map<String, Object> plan = cohorts.plan(2);
    plan.put("seatPolicy", "OFFER");
    plan.put("offerHold", "PT2H");
    String cohort = cohorts.open(plan);
    String ana = campus.newEducator("ana");
    String ben = campus.newEducator("ben");
    String cleo = campus.newEducator("cleo");
    String anaOffer = (String) cohorts.request(cohort, ana).get("id");
    String benOffer = (String) cohorts.request(cohort, ben).get("id");
    assertThat(cohorts.request(cohort, cleo)).containsEntry("status", "WAITLISTED");

    setStatus(cohort, "CANCELLED");

    campus
        .as(ana, Campus.PASSWORD)
        .post("enrollments/" + anaOffer + "/accept")
        .then()
        .statusCode(409)
        .body("detail", containsString("cancelled"));
    campus
        .as(ben, Campus.PASSWORD)
        .post("enrollments/" + benOffer + "/decline")
        .then()
        .statusCode(200);
    campus.advanceClock(Duration.ofHours(3)); // past ana's deadline: the sweeper leaves it alone
    // The sweepers run every second on the test instance: three seconds of them move nobody.
    org.awaitility.Awaitility.await("nothing moves in a cancelled cohort")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(6))
        .until(
            () ->
                "WAITLISTED".equals(cohorts.mine(cleo, cohort).get("status"))
                    && "OFFERED".equals(cohorts.mine(ana, cohort).get("status")));

    assertThat(cohorts.mine(cleo, cohort))
        .as("no promotion in a cancelled cohort")
        .containsEntry("status", "WAITLISTED");
    assertThat(cohorts.mine(ana, cohort)).containsEntry("status", "OFFERED");
    for (String member : List.of(ana, ben, cleo)) {
      assertThat(kindsOfMyNotifications(member)).contains("COHORT_CANCELLED");
    }
    assertThat(cohorts.history(cohort))
        .noneSatisfy(e -> assertThat(e.get("kind")).isIn("PROMOTED", "OFFER_EXPIRED"));
  }

  @Test
  void interestCollectedBeforeOpeningIsSeatedInOrderOfAnswersThenWaitlisted() {
    String cohort = cohorts.draft(cohorts.plan(40));
    List<String> invitees = new ArrayList<>();
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      String email = Campus.uniqueEmail("pilot" + i);
      invitees.add(email);
      list.append(email).append('\n');
    }
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("emails", list.toString()))
        .post("cohorts/" + cohort + "/invitations")
        .then()
        .statusCode(200)
        .body("invited", equalTo(100));

    // 60 answer over a week, while the cohort is still a draft.
    List<String> answered = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String email = invitees.get((i * 7) % 100); // not in the order they were invited
      answered.add(email);
      campus
          .anonymous()
          .body(
              Map.of(
                  "answer",
                  "INTERESTED",
                  "account",
                  Map.of(
                      "displayName",
                      String.format("Pilot %02d", i),
                      "password",
                      Campus.PASSWORD,
                      "profession",
                      "NURSE",
                      "timeZone",
                      "Europe/Berlin")))
          .post("invitations/" + campus.invitationTokenFor(email) + "/answer")
          .then()
          .statusCode(200)
          .body("status", equalTo("INTERESTED"));
      campus.advanceClock(Duration.ofMinutes(168)); // 60 answers × 2.8 h = one week
    }
    assertThat(cohorts.mine(answered.get(59), cohort))
        .containsEntry("status", "WAITLISTED")
        .containsEntry("position", 60);
    assertThat(cohorts.roster(cohort, "ENROLLED,OFFERED")).isEmpty();

    setStatus(cohort, "OPEN");

    List<String> seated =
        cohorts.roster(cohort, "ENROLLED").stream().map(e -> (String) e.get("memberName")).toList();
    List<String> firstForty = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      firstForty.add(String.format("Pilot %02d", i));
    }
    assertThat(seated).containsExactlyInAnyOrderElementsOf(firstForty);
    List<Map<String, Object>> line = cohorts.waitlist(cohort);
    assertThat(line)
        .extracting(e -> e.get("memberName"))
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(40, 60)
                .mapToObj(i -> String.format("Pilot %02d", i))
                .toList());
    assertThat(line)
        .extracting(e -> e.get("position"))
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
    assertThat(cohorts.figures(cohort))
        .containsEntry("invited", 100)
        .containsEntry("interested", 60)
        .containsEntry("seatsTaken", 40)
        .containsEntry("waiting", 20);
  }

  @Test
  void aRemovedMemberAsksAgainOnlyOnceACoordinatorAllowsIt() {
    String cohort = cohorts.open(5);
    String ana = campus.newEducator("ana");
    String place = (String) cohorts.request(cohort, ana).get("id");
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("reason", "Duplicate account"))
        .post("enrollments/" + place + "/remove")
        .then()
        .statusCode(200);

    campus
        .as(ana, Campus.PASSWORD)
        .post("cohorts/" + cohort + "/enrollments")
        .then()
        .statusCode(409)
        .body("title", equalTo("Removed from this cohort"));
    campus
        .as(ana, Campus.PASSWORD)
        .body(Map.of("reason", "Let me in"))
        .post("enrollments/" + place + "/allow-to-ask-again")
        .then()
        .statusCode(403);
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("reason", "Account merged; welcome back"))
        .post("enrollments/" + place + "/allow-to-ask-again")
        .then()
        .statusCode(200)
        .body("status", equalTo("REMOVED"));

    assertThat(cohorts.request(cohort, ana)).containsEntry("status", "ENROLLED");
    assertThat(cohorts.history(cohort))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("kind", "ALLOWED_TO_ASK_AGAIN")
                    .containsEntry("reason", "Account merged; welcome back")
                    .containsEntry("actorName", "Cora Coordinator"));
  }

  @Test
  void anExpiredInvitationNoLongerAdmits() {
    Map<String, Object> plan = cohorts.plan(5);
    plan.put("admission", "INVITATION_ONLY");
    plan.put("interestClosesAt", campus.now().plus(Duration.ofHours(1)).toString());
    String cohort = cohorts.open(plan);
    String ana = campus.newEducator("ana");
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("emails", ana))
        .post("cohorts/" + cohort + "/invitations")
        .then()
        .statusCode(200);
    // The link expires when requests were to close; the coordinator then keeps them open longer.
    plan.put("interestClosesAt", campus.now().plus(Duration.ofDays(10)).toString());
    plan.put(
        "version",
        campus.as(Campus.COORDINATOR).get("cohorts/" + cohort).jsonPath().getInt("version"));
    campus.as(Campus.COORDINATOR).body(plan).put("cohorts/" + cohort).then().statusCode(200);
    campus.advanceClock(Duration.ofHours(2));

    campus
        .as(ana, Campus.PASSWORD)
        .post("cohorts/" + cohort + "/enrollments")
        .then()
        .statusCode(409)
        .body("title", equalTo("By invitation only"));
  }

  private void setStatus(String cohort, String status) {
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("status", status))
        .post("cohorts/" + cohort + "/status")
        .then()
        .statusCode(200)
        .body("status", equalTo(status));
  }

  private List<String> kindsOfMyNotifications(String email) {
    return campus
        .as(email, Campus.PASSWORD)
        .queryParam("size", 200)
        .get("notifications/mine")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.kind");
  }
}
