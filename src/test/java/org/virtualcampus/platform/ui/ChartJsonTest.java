package org.virtualcampus.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configurations the dashboards, practice figures and comparison pages share. */
class ChartJsonTest {

  @Test
  void barsOfOneDatasetWithGapsForMissingFigures() {
    assertThat(
            ChartJson.bar(
                "Attendance %", List.of("S1", "S2"), Arrays.asList(new BigDecimal("87.5"), null)))
        .isEqualTo(
            "{\"type\":\"bar\",\"data\":{\"labels\":[\"S1\",\"S2\"],\"datasets\":[{\"label\":"
                + "\"Attendance %\",\"data\":[87.5,null],\"backgroundColor\":\"#1d4ed8\"}]}}");
  }

  @Test
  void usefulnessIsALineFromOneToFive() {
    assertThat(
            ChartJson.usefulnessLine(
                "Mean", List.of("R1", "R2"), Arrays.asList(null, new BigDecimal("4.25"))))
        .isEqualTo(
            "{\"type\":\"line\",\"data\":{\"labels\":[\"R1\",\"R2\"],\"datasets\":[{\"label\":"
                + "\"Mean\",\"data\":[null,4.25],\"borderColor\":\"#1d4ed8\",\"backgroundColor\":"
                + "\"#1d4ed8\"}]},\"options\":{\"scales\":{\"y\":{\"min\":1,\"max\":5}}}}");
  }

  @Test
  void wholeNumbersStayWhole() {
    assertThat(ChartJson.figures(List.of(3, 0)).build().toString()).isEqualTo("[3,0]");
  }
}
