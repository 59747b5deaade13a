package org.virtualcampus.enrollment.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.virtualcampus.platform.error.FieldChange;

/** The plannable settings of a cohort, already checked. */
public record CohortPlan(
    String name,
    int capacity,
    Instant interestOpensAt,
    Instant interestClosesAt,
    LocalDate startsOn,
    LocalDate endsOn,
    ZoneId timeZone,
    Admission admission,
    SeatPolicy seatPolicy,
    Duration offerHold,
    Integer professionCapPercent,
    Set<String> facilitatorIds) {

  /**
   * The fields in which {@code other} differs from this plan, named as the API names them, with
   * this plan's value as {@code current} and the other's as {@code yours}, both as the API writes
   * them (times as ISO-8601 text, durations such as PT90M as ISO-8601 durations).
   */
  public List<FieldChange> changesFrom(CohortPlan other) {
    List<FieldChange> changes = new ArrayList<>();
    compare(changes, "name", name, other.name);
    compare(changes, "capacity", capacity, other.capacity);
    compare(changes, "interestOpensAt", interestOpensAt, other.interestOpensAt);
    compare(changes, "interestClosesAt", interestClosesAt, other.interestClosesAt);
    compare(changes, "startsOn", startsOn, other.startsOn);
    compare(changes, "endsOn", endsOn, other.endsOn);
    compare(changes, "timeZone", timeZone, other.timeZone);
    compare(changes, "admission", admission, other.admission);
    compare(changes, "seatPolicy", seatPolicy, other.seatPolicy);
    compare(changes, "offerHold", offerHold, other.offerHold);
    compare(changes, "professionCapPercent", professionCapPercent, other.professionCapPercent);
    compare(changes, "facilitatorIds", sorted(facilitatorIds), sorted(other.facilitatorIds));
    return changes;
  }

  private static void compare(List<FieldChange> changes, String field, Object mine, Object theirs) {
    if (!Objects.equals(mine, theirs)) {
      changes.add(new FieldChange(field, wire(mine), wire(theirs)));
    }
  }

  private static List<String> sorted(Set<String> ids) {
    return ids == null ? List.of() : ids.stream().sorted().toList();
  }

  private static Object wire(Object value) {
    if (value == null || value instanceof Number || value instanceof List) {
      return value;
    }
    return value instanceof Enum<?> e ? e.name() : value.toString();
  }
}
