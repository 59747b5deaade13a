package org.virtualcampus.enrollment.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * How the cohort page names the settings someone else changed meanwhile (a refused stale save):
 * each field by its label on the form, each value as a person reads it.
 */
@Named
@ApplicationScoped
public class SettingsChanges {
  @Inject PageMessages messages;

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("name", "cohort.name"),
          Map.entry("capacity", "cohort.capacity"),
          Map.entry("interestOpensAt", "cohort.opens"),
          Map.entry("interestClosesAt", "cohort.closes"),
          Map.entry("startsOn", "cohort.startsOn"),
          Map.entry("endsOn", "cohort.endsOn"),
          Map.entry("timeZone", "cohort.timeZone"),
          Map.entry("admission", "cohort.admission"),
          Map.entry("seatPolicy", "cohort.seatPolicy"),
          Map.entry("offerHold", "cohort.offerHold"),
          Map.entry("professionCapPercent", "cohort.cap"),
          Map.entry("facilitatorIds", "cohort.facilitators"));

  /** The label of a settings field named as the API names it. */
  public String label(String field) {
    return messages.text(LABELS.getOrDefault(field, field));
  }

  /** A saved value as the conflict panel shows it. */
  public String shown(Object value) {
    if (value == null || (value instanceof List<?> l && l.isEmpty())) {
      return messages.text("cohort.staleEmpty");
    }
    if (value instanceof List<?> ids) {
      return String.join(", ", ids.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }
}
