package org.virtualcampus.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats times for pages in the viewer's own time zone (UTC for visitors who are not signed in).
 */
@Named
@RequestScoped
public class ViewerTime {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  @Inject CurrentMember viewer;

  public String format(Object time) {
    if (time == null) {
      return "";
    }
    if (time instanceof OffsetDateTime odt) {
      return DATE_TIME.format(odt.atZoneSameInstant(viewer.getZoneId()));
    }
    if (time instanceof Instant instant) {
      return DATE_TIME.format(instant.atZone(viewer.getZoneId()));
    }
    if (time instanceof LocalDate date) {
      return DATE.format(date);
    }
    return time.toString();
  }

  /** "2 days 4 hours", "35 minutes": how long someone waited. */
  public String duration(Long seconds) {
    if (seconds == null) {
      return "";
    }
    Duration d = Duration.ofSeconds(seconds);
    if (d.toDays() > 0) {
      return d.toDays() + " d " + d.toHoursPart() + " h";
    }
    if (d.toHours() > 0) {
      return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
    if (d.toMinutes() > 0) {
      return d.toMinutes() + " min";
    }
    return d.toSeconds() + " s";
  }

  /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
  public String ordinal(Number n) {
    if (n == null) {
      return "";
    }
    long v = n.longValue();
    long lastTwo = v % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch ((int) (v % 10)) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return v + suffix;
  }
}
