package org.virtualcampus.attendance.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The wall-clock times that Zoom and Teams write, in the US English shapes we recognise. */
final class ReportTimes {
  // Teams puts a narrow no-break space (U+202F) before AM/PM; other tools a no-break space.
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  // 'u' rather than 'y' because STRICT resolving (no 2/30 rolled into March) needs a proleptic
  // year; "uu" reads two-digit years as 2000–2099, which is how Teams means them.
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          format("M/d/uuuu h:mm:ss a"),
          format("M/d/uuuu, h:mm:ss a"),
          format("M/d/uu h:mm:ss a"),
          format("M/d/uu, h:mm:ss a"),
          format("M/d/uuuu h:mm a"),
          format("M/d/uuuu, h:mm a"),
          format("M/d/uuuu H:mm:ss"),
          format("M/d/uuuu, H:mm:ss"),
          format("M/d/uuuu H:mm"),
          format("uuuu-MM-dd HH:mm:ss"),
          format("uuuu-MM-dd'T'HH:mm:ss"),
          format("uuuu-MM-dd HH:mm"));

  private ReportTimes() {}

  private static DateTimeFormatter format(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.US)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * The files carry no offset: the times are the wall clock of the organiser's zone. In a daylight
   * saving gap or overlap Java's usual rule applies (later in a gap, earlier offset in an overlap).
   */
  static Optional<Instant> parse(String value, ZoneId zone) {
    if (value == null) {
      return Optional.empty();
    }
    String normalised = SPACES.matcher(value).replaceAll(" ").strip();
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDateTime.parse(normalised, format).atZone(zone).toInstant());
      } catch (DateTimeParseException tryNext) {
        // the next shape may fit
      }
    }
    return Optional.empty();
  }
}
