package org.virtualcampus.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a seat rush must leave behind, read from the answers and from the database: every request
 * answered 201; exactly {@code capacity} seats; everyone else waiting at positions 1..n with no
 * gap, each at the position its answer named, in the order the requests were taken; one place per
 * person.
 */
final class RushInvariants {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
  private static final Pattern POSITION = Pattern.compile("\"position\":(\\d+)");

  private RushInvariants() {}

  static void check(
      Rush.Outcome rush, BenchDatabase db, String cohortId, int capacity, Results results)
      throws Exception {
    int people = rush.answers().size();
    int waiting = people - capacity;
    long errors = rush.errors(201);
    if (errors > 0) {
      Rush.Answer first =
          rush.answers().stream().filter(a -> a.status() != 201).findFirst().orElseThrow();
      results.broken(
          errors
              + " of "
              + people
              + " requests were not answered 201, for example "
              + first.status()
              + " "
              + first.body());
    }
    Map<String, Integer> answeredPosition = new HashMap<>();
    int seated = 0;
    for (Rush.Answer a : rush.answers()) {
      Matcher status = STATUS.matcher(a.body());
      if (status.find() && status.group(1).equals("ENROLLED")) {
        seated++;
      }
      Matcher id = ID.matcher(a.body());
      Matcher position = POSITION.matcher(a.body());
      if (id.find() && position.find()) {
        answeredPosition.put(id.group(1), Integer.parseInt(position.group(1)));
      }
    }
    if (seated != capacity) {
      results.broken(seated + " answers said ENROLLED, not " + capacity);
    }
    Map<String, Object> cohort =
        db.rows("SELECT capacity, seats_taken FROM cohort WHERE id = ?", cohortId).get(0);
    if (((Number) cohort.get("seats_taken")).intValue() != capacity) {
      results.broken("seats_taken is " + cohort.get("seats_taken") + ", not " + capacity);
    }
    long enrolled =
        db.count(
            "SELECT COUNT(*) FROM enrollment WHERE cohort_id = ? AND status = 'ENROLLED'",
            cohortId);
    if (enrolled != capacity) {
      results.broken(enrolled + " ENROLLED places, not " + capacity);
    }
    long places = db.count("SELECT COUNT(*) FROM enrollment WHERE cohort_id = ?", cohortId);
    long members =
        db.count("SELECT COUNT(DISTINCT member_id) FROM enrollment WHERE cohort_id = ?", cohortId);
    if (places != people || members != people) {
      results.broken(places + " places for " + members + " members, not " + people + " each");
    }
    List<Map<String, Object>> queue =
        db.rows(
            "SELECT id, queue_ticket, requested_at FROM enrollment WHERE cohort_id = ? AND status ="
                + " 'WAITLISTED' ORDER BY queue_ticket",
            cohortId);
    if (queue.size() != waiting) {
      results.broken(queue.size() + " waiting, not " + waiting);
    }
    int position = 0;
    java.time.LocalDateTime previous = null;
    for (Map<String, Object> row : queue) {
      position++;
      Integer said = answeredPosition.get((String) row.get("id"));
      if (said == null || said != position) {
        results.broken("the place at position " + position + " was answered position " + said);
        break;
      }
      java.time.LocalDateTime requested = (java.time.LocalDateTime) row.get("requested_at");
      if (previous != null && requested.isBefore(previous)) {
        results.broken("position " + position + " was asked for before position " + (position - 1));
        break;
      }
      previous = requested;
    }
  }
}
