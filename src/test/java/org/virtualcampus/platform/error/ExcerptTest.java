package org.virtualcampus.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
  @Test
  void errorTextsQuoteAtMostAShortExcerptOfTheInput() {
    assertThat(Excerpt.of("x".repeat(2_000_000))).hasSize(Excerpt.MAX).endsWith("…");
    assertThat(Excerpt.of("short")).isEqualTo("short");
    assertThat(Excerpt.of(null)).isNull();
  }
}
