package org.virtualcampus.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/** Inviting lists of people, and invitees answering through their personal link. */
@ExtendWith(ArquillianExtension.class)
class InvitationsIT {
  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  @Test
  void aListWithBadRowsIsRefusedWholeAndEveryBadLineIsNamed() {
    String cohort = cohorts.open(40);
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("emails", "ok1@uni.example\nnot-an-address\nok2@uni.example\nOK1@uni.example"))
        .post("cohorts/" + cohort + "/invitations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("nobody was invited"))
        .body("errors.field", equalTo(List.of("line 2", "line 4")))
        .body("errors[1].message", containsString("same address as line 1"));
    campus
        .as(Campus.COORDINATOR)
        .get("cohorts/" + cohort + "/invitations")
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void csvUploadInvitesEveryoneOnceAndSkipsThoseAlreadyInvited() {
    String cohort = cohorts.open(40);
    String csv =
        "name,email\nAna Alves,ana."
            + cohort.substring(0, 6)
            + "@uni.example\n\"Okafor, Ben\",ben."
            + cohort.substring(0, 6)
            + "@uni.example\n";
    campus
        .as(Campus.COORDINATOR)
        .contentType("text/csv")
        .body(csv)
        .post("cohorts/" + cohort + "/invitations")
        .then()
        .statusCode(200)
        .body("invited", equalTo(2));
    campus
        .as(Campus.COORDINATOR)
        .contentType("text/csv")
        .body(csv)
        .post("cohorts/" + cohort + "/invitations")
        .then()
        .statusCode(200)
        .body("invited", equalTo(0))
        .body("alreadyInvited.size()", equalTo(2));
    campus
        .as(Campus.COORDINATOR)
        .get("cohorts/" + cohort + "/invitations")
        .then()
        .body("total", equalTo(2))
        .body("items.name", hasItem("Okafor, Ben"));
    campus
        .as(campus.newEducator("nosy"), Campus.PASSWORD)
        .body(Map.of("emails", "x@uni.example"))
        .post("cohorts/" + cohort + "/invitations")
        .then()
        .statusCode(403);
  }

  @Test
  void inviteeWithoutAnAccountSaysInterestedCreatesTheirAccountAndGetsASeat() {
    Map<String, Object> plan = cohorts.plan(40);
    plan.put("admission", "INVITATION_ONLY");
    String cohort = cohorts.open(plan);
    String email = Campus.uniqueEmail("invitee");
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("emails", email))
        .post("cohorts/" + cohort + "/invitations")
        .then()
        .statusCode(200)
        .body("invited", equalTo(1));
    String token = campus.invitationTokenFor(email);

    campus
        .anonymous()
        .get("invitations/" + token)
        .then()
        .statusCode(200)
        .body("status", equalTo("SENT"))
        .body("hasAccount", equalTo(false))
        .body("cohortId", equalTo(cohort));
    campus
        .anonymous()
        .body(Map.of("answer", "INTERESTED"))
        .post("invitations/" + token + "/answer")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("account"));
    campus
        .anonymous()
        .body(
            Map.of(
                "answer",
                "INTERESTED",
                "account",
                Map.of("displayName", "Ivy Invitee", "password", "short", "profession", "DENTIST")))
        .post("invitations/" + token + "/answer")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("password"));
    campus
        .as(email, Campus.PASSWORD)
        .get("members/me")
        .then()
        .statusCode(401); // nothing half-written

    campus
        .anonymous()
        .body(
            Map.of(
                "answer",
                "INTERESTED",
                "account",
                Map.of(
                    "displayName",
                    "Ivy Invitee",
                    "password",
                    Campus.PASSWORD,
                    "profession",
                    "DENTIST",
                    "timeZone",
                    "Asia/Singapore")))
        .post("invitations/" + token + "/answer")
        .then()
        .statusCode(200)
        .body("status", equalTo("INTERESTED"));

    assertThat(cohorts.mine(email, cohort))
        .containsEntry("status", "ENROLLED")
        .containsEntry("source", "INVITATION");
    assertThat(cohorts.figures(cohort))
        .containsEntry("invited", 1)
        .containsEntry("invitationsOpened", 1)
        .containsEntry("interested", 1);
    campus
        .anonymous()
        .body(Map.of("answer", "DECLINED"))
        .post("invitations/" + token + "/answer")
        .then()
        .statusCode(409)
        .body("title", equalTo("Already answered"));
  }

  @Test
  void declinesAreCountedAndUnknownLinksGetAClearAnswer() {
    String cohort = cohorts.open(40);
    String email = campus.newEducator("decliner");
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("emails", email))
        .post("cohorts/" + cohort + "/invitations")
        .then()
        .statusCode(200);
    String token = campus.invitationTokenFor(email);
    campus
        .anonymous()
        .body(Map.of("answer", "DECLINED"))
        .post("invitations/" + token + "/answer")
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"));
    assertThat(cohorts.figures(cohort)).containsEntry("declined", 1);

    campus
        .anonymous()
        .get("invitations/not-a-real-token")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    RestAssured.get(campus.app().resolve("invitation.xhtml?token=not-a-real-token"))
        .then()
        .statusCode(200)
        .body(containsString("This invitation link is not valid"));
  }
}
