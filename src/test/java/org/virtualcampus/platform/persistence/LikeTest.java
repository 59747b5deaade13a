package org.virtualcampus.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {
  @Test
  void wildcardsTypedBySomeoneMatchThemselves() {
    assertThat(Like.containsLowerCase(" 100%_Sure! ")).isEqualTo("%100!%!_sure!!%");
  }

  @Test
  void blankTextMeansNoFilter() {
    assertThat(Like.containsLowerCase("  ")).isNull();
    assertThat(Like.containsLowerCase(null)).isNull();
  }
}
