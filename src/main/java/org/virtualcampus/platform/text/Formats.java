package org.virtualcampus.platform.text;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The formatting rules every text a person reads follows, pages and mails alike: dates and times in
 * the reader's language by {@link FormatStyle} (never a fixed English pattern), times in the
 * reader's zone with that zone named, numbers with the reader's separators. Pages use the short
 * forms, mails the long ones (a mail is read away from the page that explains it).
 */
public final class Formats {
  /** The languages the campus speaks; anything else reads English. */
  public static final List<String> LANGUAGES = List.of("en", "es");

  private Formats() {}

  /** The supported locale closest to {@code language}: English unless it is Spanish. */
  public static Locale locale(String language) {
    if (language != null && language.toLowerCase(Locale.ROOT).startsWith("es")) {
      return Locale.forLanguageTag("es");
    }
    return Locale.ENGLISH;
  }

  /** "Mar 1, 2027" / "1 mar 2027". */
  public static String date(LocalDate date, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  /** "March 1, 2027" / "1 de marzo de 2027". */
  public static String longDate(LocalDate date, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }

  /** "Nov 21, 2026, 7:29 PM CET" / "21 nov 2026, 19:29 CET": the zone is always named. */
  public static String dateTime(Instant at, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .format(at.atZone(zone))
        + " "
        + zoneAbbreviation(zone, at, locale);
  }

  /** "Tuesday, November 24, 2026, 6:00 PM (Europe/Berlin)", for mails. */
  public static String longDateTime(Instant at, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
            .withLocale(locale)
            .format(at.atZone(zone))
        + " ("
        + zone.getId()
        + ")";
  }

  /**
   * "1,234" / "1234" (Spanish groups only from five digits); decimals as the locale writes them.
   */
  public static String number(Number n, Locale locale) {
    return NumberFormat.getNumberInstance(locale).format(n);
  }

  /** "UTC+01:00", "UTC−03:30", "UTC" for the offset a zone has at {@code at}. */
  public static String offset(ZoneId zone, Instant at) {
    ZoneOffset offset = zone.getRules().getOffset(at);
    return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
  }

  private static String zoneAbbreviation(ZoneId zone, Instant at, Locale locale) {
    if (zone.normalized() instanceof ZoneOffset offset) {
      return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }
    String name = DateTimeFormatter.ofPattern("zzz", locale).format(at.atZone(zone));
    // Where the language has no abbreviation Java writes "GMT+01:00"; say it as an offset.
    return name.startsWith("GMT") ? offset(zone, at) : name;
  }

  /** The name of a zone's region in the reader's language, for lists ("Central European Time"). */
  public static String zoneName(ZoneId zone, Locale locale) {
    return zone.getDisplayName(TextStyle.FULL, locale);
  }

  /**
   * The largest whole unit a duration reaches and how many of it, for "in 2 days", "3 hours ago",
   * "2 days 4 hours": DAYS, HOURS, MINUTES or SECONDS.
   */
  public record Amount(long amount, ChronoUnit unit) {}

  /** The one or two largest units of a duration: 2 days 4 hours, 3 hours 5 minutes, 35 minutes. */
  public static List<Amount> amounts(Duration d) {
    Duration abs = d.abs();
    if (abs.toDays() > 0) {
      return abs.toHoursPart() == 0
          ? List.of(new Amount(abs.toDays(), ChronoUnit.DAYS))
          : List.of(
              new Amount(abs.toDays(), ChronoUnit.DAYS),
              new Amount(abs.toHoursPart(), ChronoUnit.HOURS));
    }
    if (abs.toHours() > 0) {
      return abs.toMinutesPart() == 0
          ? List.of(new Amount(abs.toHours(), ChronoUnit.HOURS))
          : List.of(
              new Amount(abs.toHours(), ChronoUnit.HOURS),
              new Amount(abs.toMinutesPart(), ChronoUnit.MINUTES));
    }
    if (abs.toMinutes() > 0) {
      return List.of(new Amount(abs.toMinutes(), ChronoUnit.MINUTES));
    }
    return List.of(new Amount(abs.toSeconds(), ChronoUnit.SECONDS));
  }

  /** The one largest unit, rounded to the nearest: "in 2 days" rather than "in 1 day 23 hours". */
  public static Amount roughly(Duration d) {
    long seconds = Math.abs(d.getSeconds());
    if (seconds >= 86400) {
      return new Amount(Math.round(seconds / 86400.0), ChronoUnit.DAYS);
    }
    if (seconds >= 3600) {
      return new Amount(Math.round(seconds / 3600.0), ChronoUnit.HOURS);
    }
    if (seconds >= 60) {
      return new Amount(Math.round(seconds / 60.0), ChronoUnit.MINUTES);
    }
    return new Amount(seconds, ChronoUnit.SECONDS);
  }
}
