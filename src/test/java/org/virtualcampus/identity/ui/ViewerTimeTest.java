package org.virtualcampus.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewerTimeTest {
  final ViewerTime time = new ViewerTime();

  @Test
  void ordinalsFollowEnglishUsage() {
    assertThat(time.ordinal(1)).isEqualTo("1st");
    assertThat(time.ordinal(2)).isEqualTo("2nd");
    assertThat(time.ordinal(3)).isEqualTo("3rd");
    assertThat(time.ordinal(4)).isEqualTo("4th");
    assertThat(time.ordinal(11)).isEqualTo("11th");
    assertThat(time.ordinal(12)).isEqualTo("12th");
    assertThat(time.ordinal(13)).isEqualTo("13th");
    assertThat(time.ordinal(21)).isEqualTo("21st");
    assertThat(time.ordinal(112)).isEqualTo("112th");
  }

  @Test
  void waitsReadAsDaysHoursOrMinutes() {
    assertThat(time.duration(45L)).isEqualTo("45 s");
    assertThat(time.duration(35 * 60L)).isEqualTo("35 min");
    assertThat(time.duration(3 * 3600L + 300)).isEqualTo("3 h 5 min");
    assertThat(time.duration(2 * 86400L + 4 * 3600)).isEqualTo("2 d 4 h");
  }
}
