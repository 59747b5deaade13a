package org.virtualcampus.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParamsTest {

  @Test
  void encodedParametersDecodeToTheSameValuesWhateverTheyContain() {
    Params p =
        Params.empty()
            .with("reason", "Left = gone\nback\\slash\r")
            .with("deadline", Instant.parse("2026-11-21T10:00:00Z"))
            .with("startsOn", LocalDate.of(2027, 1, 4))
            .with("position", 3)
            .with("none", null);
    Params back = Params.decode(p.encode());
    assertThat(back).isEqualTo(p);
    assertThat(back.asMap())
        .containsEntry("reason", "Left = gone\nback\\slash\r")
        .containsEntry("deadline", "2026-11-21T10:00:00Z")
        .containsEntry("startsOn", "2027-01-04")
        .containsEntry("position", "3")
        .doesNotContainKey("none");
  }

  @Test
  void longValuesAreCutAndOddNamesRefused() {
    assertThat(Params.empty().with("reason", "x".repeat(2_000)).get("reason").orElseThrow())
        .hasSize(Params.MAX_VALUE);
    assertThatThrownBy(() -> Params.empty().with("no spaces", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyTextIsNoParameters() {
    assertThat(Params.decode("").asMap()).isEmpty();
    assertThat(Params.decode(null).asMap()).isEmpty();
  }
}
