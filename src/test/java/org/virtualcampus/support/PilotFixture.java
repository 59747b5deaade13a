package org.virtualcampus.support;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.support.AttendanceFixture.Cohort;

/**
 * The modelled pilot's enrollment, through the API and the test clock: an invitation-only cohort of
 * 40 seats facilitated by the demo facilitator, 100 invited at once, and 60 answering "interested"
 * over the first week in batches (so the median delay is known by hand). Seats go in the order of
 * answers; the rest wait.
 */
public final class PilotFixture {
  /** Answers per batch and the day after the invitations each batch answers on. */
  public static final int[] BATCH_SIZES = {15, 15, 10, 5, 15};

  public static final int[] BATCH_DAYS = {1, 2, 3, 4, 6};

  private final Campus campus;
  private final CohortFixture cohorts;
  private final Map<String, String> nameByEmail = new LinkedHashMap<>();
  private Instant invitedAt;

  public PilotFixture(Campus campus) {
    this.campus = campus;
    this.cohorts = new CohortFixture(campus);
  }

  public String course() {
    return cohorts.course();
  }

  public CohortFixture cohorts() {
    return cohorts;
  }

  /** The open invitation-only cohort, 40 seats, with 100 addresses invited now. */
  public Cohort inviteHundred() {
    String facilitatorId =
        campus.as(Campus.FACILITATOR).get("members/me").jsonPath().getString("id");
    Map<String, Object> plan = cohorts.plan(40);
    plan.put("admission", "INVITATION_ONLY");
    plan.put("facilitatorIds", List.of(facilitatorId));
    String id = cohorts.open(plan);
    List<String> invitees = new ArrayList<>();
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      String email = Campus.uniqueEmail("pilot" + i);
      invitees.add(email);
      list.append(email).append('\n');
    }
    invitedAt = campus.now();
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("emails", list.toString()))
        .post("cohorts/" + id + "/invitations")
        .then()
        .statusCode(200)
        .body("invited", equalTo(100));
    invitees.forEach(e -> nameByEmail.put(e, null));
    return new Cohort(id, LocalDate.parse((String) plan.get("startsOn")), invitees);
  }

  /**
   * Answer number i (from 0) is "Pilot ii", invitee i·7 mod 100 (not in the order invited), given
   * at its batch's day after the invitations exactly; returns the 60 e-mails in order of answers.
   */
  public List<String> sixtyAnswerWithinAWeek(Cohort cohort) {
    List<String> answered = new ArrayList<>();
    int n = 0;
    for (int batch = 0; batch < BATCH_SIZES.length; batch++) {
      moveTo(invitedAt.plus(Duration.ofDays(BATCH_DAYS[batch])));
      for (int i = 0; i < BATCH_SIZES[batch]; i++, n++) {
        String email = cohort.educators().get((n * 7) % 100);
        String name = String.format("Pilot %02d", n);
        answer(email, name);
        nameByEmail.put(email, name);
        answered.add(email);
      }
    }
    return answered;
  }

  private void answer(String email, String name) {
    campus
        .anonymous()
        .body(
            Map.of(
                "answer",
                "INTERESTED",
                "account",
                Map.of(
                    "displayName",
                    name,
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
  }

  /** A seated member leaves {@code days} after the invitations; the next in line is seated. */
  public void withdrawOn(int days, String email, String cohortId) {
    moveTo(invitedAt.plus(Duration.ofDays(days)));
    String place = (String) cohorts.mine(email, cohortId).get("id");
    campus
        .as(email, Campus.PASSWORD)
        .post("enrollments/" + place + "/withdraw")
        .then()
        .statusCode(200);
  }

  /** The seated members' e-mails, by name (the order of the attendance report). */
  public List<String> participantsByName(String cohortId) {
    Map<String, String> emailByName = new LinkedHashMap<>();
    nameByEmail.forEach((email, name) -> emailByName.put(name, email));
    return cohorts.roster(cohortId, "ENROLLED").stream()
        .map(e -> (String) e.get("memberName"))
        .sorted(Comparator.naturalOrder())
        .map(emailByName::get)
        .toList();
  }

  public String name(String email) {
    return nameByEmail.get(email);
  }

  private void moveTo(Instant target) {
    Duration by = Duration.between(campus.now(), target);
    if (!by.isZero()) {
      campus.advanceClock(by);
    }
  }
}
