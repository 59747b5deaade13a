package org.virtualcampus.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.virtualcampus.platform.text.Formats;

/**
 * The one formatter of the pages: dates, times, numbers, durations and relative times in the
 * viewer's language and time zone, by the rules of {@link Formats} that the mails follow too.
 *
 * <p>The viewer's language is the member's (profile), else the browser's (Accept-Language matched
 * against the languages in faces-config), else English; the layout gives it to {@code f:view}, so
 * it also picks the bundle. The time zone is the member's, else UTC (named next to every time).
 */
@Named
@RequestScoped
public class ViewerFormat {
  static final String BUNDLE = "org.virtualcampus.messages";

  @Inject CurrentMember viewer;
  @Inject Clock clock;

  private Locale locale;
  private ZoneId zone;
  private ResourceBundle texts;

  public ViewerFormat() {}

  /** A formatter for a fixed viewer, for tests and for code outside a request. */
  ViewerFormat(Locale locale, ZoneId zone, Clock clock) {
    this.locale = locale;
    this.zone = zone;
    this.clock = clock;
  }

  /** The viewer's language: the profile's, else the browser's, else English. */
  public Locale getLocale() {
    if (locale == null) {
      locale = resolveLocale();
    }
    return locale;
  }

  private Locale resolveLocale() {
    if (viewer != null && viewer.isSignedIn()) {
      return Formats.locale(viewer.get().language());
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      // Accept-Language against the supported locales of faces-config (en, es)
      return Formats.locale(
          faces.getApplication().getViewHandler().calculateLocale(faces).getLanguage());
    }
    return Locale.ENGLISH;
  }

  public Instant now() {
    return clock.instant();
  }

  /** "en" or "es", for the page's lang attribute. */
  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public ZoneId getZone() {
    if (zone == null) {
      zone = viewer != null && viewer.isSignedIn() ? viewer.getZoneId() : ZoneId.of("UTC");
    }
    return zone;
  }

  /** A date as a date, anything with a time as a date and time in the viewer's zone. */
  public String format(Object time) {
    if (time instanceof LocalDate d) {
      return date(d);
    }
    return dateTime(time);
  }

  /** "Mar 1, 2027" / "1 mar 2027". */
  public String date(Object date) {
    if (date == null) {
      return "";
    }
    if (date instanceof LocalDate d) {
      return Formats.date(d, getLocale());
    }
    Instant at = instant(date);
    return at == null
        ? date.toString()
        : Formats.date(at.atZone(getZone()).toLocalDate(), getLocale());
  }

  /** "Nov 21, 2026, 7:29 PM CET" / "21 nov 2026, 19:29 CET". */
  public String dateTime(Object time) {
    if (time == null) {
      return "";
    }
    if (time instanceof LocalDate d) {
      return date(d);
    }
    Instant at = instant(time);
    return at == null ? time.toString() : Formats.dateTime(at, getZone(), getLocale());
  }

  /** "in 2 days", "3 hours ago", "just now": how far a time is from now. */
  public String relative(Object time) {
    Instant at =
        time instanceof LocalDate d ? d.atStartOfDay(getZone()).toInstant() : instant(time);
    if (at == null) {
      return "";
    }
    Duration d = Duration.between(clock.instant(), at);
    if (d.abs().getSeconds() < 60) {
      return text("relative.now");
    }
    Formats.Amount rough = Formats.roughly(d);
    String amount = text("duration." + rough.unit().name(), rough.amount());
    return text(d.isNegative() ? "relative.past" : "relative.future", amount);
  }

  /** "Nov 24, 2026, 6:00 PM CET (in 2 days)": a deadline with how long is left. */
  public String deadline(Object time) {
    if (time == null) {
      return "";
    }
    return text("relative.deadline", dateTime(time), relative(time));
  }

  /** "2 days 4 hours", "35 minutes": how long something took; empty when unknown. */
  public String duration(Number seconds) {
    if (seconds == null) {
      return "";
    }
    return Formats.amounts(Duration.ofSeconds(seconds.longValue())).stream()
        .map(a -> text("duration." + a.unit().name(), a.amount()))
        .collect(Collectors.joining(" "));
  }

  /** "1,234" / "1234". */
  public String number(Number n) {
    return n == null ? "" : Formats.number(n, getLocale());
  }

  /** English 1st, 2nd, 3rd, 11th, 21st; Spanish 1.º, 2.º. */
  public String ordinal(Number n) {
    if (n == null) {
      return "";
    }
    long v = n.longValue();
    if ("es".equals(getLanguage())) {
      return v + ".º";
    }
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

  /** "3 of 40": a part of a whole, for progress bars and counts. */
  public String ratio(Number part, Number whole) {
    return text("seats.ratio", part == null ? 0 : part, whole == null ? 0 : whole);
  }

  /** A text with one argument, for pages (EL calls no varargs method reliably). */
  public String with(String key, Object argument) {
    return text(key, argument);
  }

  /** A text of the pages' bundle in the viewer's language. */
  public String text(String key, Object... args) {
    if (texts == null) {
      texts =
          ResourceBundle.getBundle(
              BUNDLE,
              getLocale(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
    }
    String pattern = texts.containsKey(key) ? texts.getString(key) : key;
    return new MessageFormat(pattern, getLocale()).format(args);
  }

  private static Instant instant(Object time) {
    if (time instanceof Instant i) {
      return i;
    }
    if (time instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (time instanceof ZonedDateTime zdt) {
      return zdt.toInstant();
    }
    if (time instanceof Date date) {
      return date.toInstant();
    }
    return null;
  }
}
