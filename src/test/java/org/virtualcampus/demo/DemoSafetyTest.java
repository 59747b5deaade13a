package org.virtualcampus.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoSafetyTest {
  static final String H2_MEM = "jdbc:h2:mem:campus;DB_CLOSE_DELAY=-1;MODE=MySQL";
  static final String H2_FILE = "jdbc:h2:file:./data/campus;MODE=MySQL";
  static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/campus";

  @Test
  void onlyH2InThisJvmCountsAsEmbedded() {
    assertThat(DemoSafety.embedded(H2_MEM)).isTrue();
    assertThat(DemoSafety.embedded(H2_FILE)).isTrue();
    assertThat(DemoSafety.embedded("jdbc:h2:tcp://db:9092/campus")).isFalse();
    assertThat(DemoSafety.embedded(MARIADB)).isFalse();
  }

  @Test
  void demoDataIsSeededIntoTheEmbeddedDatabaseOnlyUnlessAskedFor() {
    assertThat(DemoSafety.seeds(Optional.empty(), H2_MEM)).isTrue();
    assertThat(DemoSafety.seeds(Optional.empty(), MARIADB)).isFalse();
    assertThat(DemoSafety.seeds(Optional.of(true), MARIADB)).isTrue();
    assertThat(DemoSafety.seeds(Optional.of(false), H2_MEM)).isFalse();
  }

  @Test
  void refusesToStartOnARealDatabaseWhileADemoAccountHasTheDemoPassword() {
    assertThat(DemoSafety.refusal(MARIADB, false, List.of("admin@campus.example")))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .contains("will not start")
                    .contains("admin@campus.example")
                    .contains("CAMPUS_ALLOW_DEMO_PASSWORDS=true"));
  }

  @Test
  void startsWhenTheDemoPasswordsAreGoneAllowedOrOnTheEmbeddedDatabase() {
    assertThat(DemoSafety.refusal(MARIADB, false, List.of())).isEmpty();
    assertThat(DemoSafety.refusal(MARIADB, true, List.of("admin@campus.example"))).isEmpty();
    assertThat(DemoSafety.refusal(H2_MEM, false, List.of("admin@campus.example"))).isEmpty();
  }
}
