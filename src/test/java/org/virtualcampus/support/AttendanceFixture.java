package org.virtualcampus.support;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cohort facilitated by the demo facilitator with seated educators and a session, for the
 * attendance tests; the clock moves to a moment relative to the session's start.
 */
public final class AttendanceFixture {
  private final Campus campus;
  private final CohortFixture cohorts;

  public AttendanceFixture(Campus campus) {
    this.campus = campus;
    this.cohorts = new CohortFixture(campus);
  }

  /** The course of this fixture's cohorts. */
  public String course() {
    return cohorts.course();
  }

  /** A cohort with its educators (e-mail addresses), seated. */
  public record Cohort(String id, LocalDate startsOn, List<String> educators) {}

  /** A session and when it is. */
  public record Session(String id, Instant startsAt, int minutes) {
    public Instant endsAt() {
      return startsAt.plus(Duration.ofMinutes(minutes));
    }
  }

  public Cohort cohort(String prefix, int educators) {
    return cohort(prefix, java.util.Collections.nCopies(educators, "NURSE"));
  }

  /** A cohort with one educator of each profession given, in that order. */
  public Cohort cohort(String prefix, List<String> professions) {
    int educators = professions.size();
    String facilitatorId =
        campus.as(Campus.FACILITATOR).get("members/me").jsonPath().getString("id");
    Map<String, Object> plan = cohorts.plan(educators + 5);
    plan.put("facilitatorIds", List.of(facilitatorId));
    String id = cohorts.open(plan);
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < educators; i++) {
      String email = campus.newEducator(prefix + (char) ('a' + i % 26) + i, professions.get(i));
      cohorts.request(id, email);
      emails.add(email);
    }
    return new Cohort(id, LocalDate.parse((String) plan.get("startsOn")), emails);
  }

  /** A session of 90 minutes {@code days} after the cohort starts, at 10:00 in its zone. */
  public Session session(Cohort cohort, String title, int days) {
    return session(cohort, title, days, 90);
  }

  public Session session(Cohort cohort, String title, int days, int minutes) {
    return session(cohort, "CLASS", title, days, minutes);
  }

  public Session session(Cohort cohort, String kind, String title, int days, int minutes) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("title", title);
    body.put(
        "startsAt",
        LocalDateTime.of(cohort.startsOn().plusDays(days), java.time.LocalTime.of(10, 0))
            .toString());
    body.put("minutes", minutes);
    body.put("weeks", 1);
    JsonPath made =
        campus
            .as(Campus.FACILITATOR)
            .body(body)
            .post("cohorts/" + cohort.id() + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Session(
        made.getString("[0].id"), Instant.parse(made.getString("[0].startsAt")), minutes);
  }

  /** Moves the application's clock to {@code offset} from the session's start (never back). */
  public Instant moveTo(Session session, Duration offset) {
    Instant target = session.startsAt().plus(offset);
    Duration by = Duration.between(campus.now(), target);
    if (by.isNegative()) {
      throw new IllegalStateException("the clock is already past " + target);
    }
    return by.isZero() ? target : campus.advanceClock(by);
  }

  /** The id of a demo account (demo password). */
  public String demoMemberId(String email) {
    return campus.as(email).get("members/me").jsonPath().getString("id");
  }

  public String memberId(String email) {
    return campus.as(email, Campus.PASSWORD).get("members/me").jsonPath().getString("id");
  }
}
