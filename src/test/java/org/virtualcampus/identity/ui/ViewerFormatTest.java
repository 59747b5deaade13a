package org.virtualcampus.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ViewerFormatTest {
  static final Instant NOW = Instant.parse("2026-11-21T18:29:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  final ViewerFormat english = new ViewerFormat(Locale.ENGLISH, BERLIN, CLOCK);
  final ViewerFormat spanish = new ViewerFormat(Locale.forLanguageTag("es"), BERLIN, CLOCK);

  @Test
  void ordinalsFollowEachLanguagesUsage() {
    assertThat(english.ordinal(1)).isEqualTo("1st");
    assertThat(english.ordinal(2)).isEqualTo("2nd");
    assertThat(english.ordinal(3)).isEqualTo("3rd");
    assertThat(english.ordinal(4)).isEqualTo("4th");
    assertThat(english.ordinal(11)).isEqualTo("11th");
    assertThat(english.ordinal(12)).isEqualTo("12th");
    assertThat(english.ordinal(13)).isEqualTo("13th");
    assertThat(english.ordinal(21)).isEqualTo("21st");
    assertThat(english.ordinal(112)).isEqualTo("112th");
    assertThat(spanish.ordinal(16)).isEqualTo("16.º");
  }

  @Test
  void waitsReadAsWordsWithSingularAndPlural() {
    assertThat(english.duration(45L)).isEqualTo("45 seconds");
    assertThat(english.duration(1L)).isEqualTo("1 second");
    assertThat(english.duration(0L)).isEqualTo("0 seconds");
    assertThat(english.duration(35 * 60L)).isEqualTo("35 minutes");
    assertThat(english.duration(3 * 3600L + 300)).isEqualTo("3 hours 5 minutes");
    assertThat(english.duration(2 * 86400L + 3600)).isEqualTo("2 days 1 hour");
    assertThat(spanish.duration(2 * 86400L + 4 * 3600)).isEqualTo("2 días 4 horas");
    assertThat(english.duration(null)).isEmpty();
  }

  @Test
  void timesAreInTheViewersZoneAndLanguageWithTheZoneNamed() {
    assertThat(english.dateTime(NOW)).matches("Nov 21, 2026, 7:29\\sPM CET");
    assertThat(spanish.dateTime(NOW)).isEqualTo("21 nov 2026 19:29 CET");
    assertThat(english.date(LocalDate.of(2027, 3, 1))).isEqualTo("Mar 1, 2027");
    assertThat(spanish.date(LocalDate.of(2027, 3, 1))).isEqualTo("1 mar 2027");
  }

  @Test
  void relativeTimesSayHowFarAway() {
    assertThat(english.relative(NOW.plusSeconds(2 * 86400 + 3000))).isEqualTo("in 2 days");
    assertThat(english.relative(NOW.minusSeconds(3 * 3600))).isEqualTo("3 hours ago");
    assertThat(english.relative(NOW.plusSeconds(20))).isEqualTo("just now");
    assertThat(spanish.relative(NOW.plusSeconds(86400))).isEqualTo("dentro de 1 día");
    assertThat(spanish.relative(NOW.minusSeconds(120))).isEqualTo("hace 2 minutos");
  }

  @Test
  void numbersUseTheLanguagesSeparators() {
    assertThat(english.number(12345)).isEqualTo("12,345");
    assertThat(spanish.number(12345)).isEqualTo("12.345");
  }
}
