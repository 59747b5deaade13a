package org.virtualcampus.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void withoutATrustedProxyTheConnectionsAddressCounts() {
    assertThat(ClientAddress.of("203.0.113.9", "198.51.100.1", false)).isEqualTo("203.0.113.9");
  }

  @Test
  void behindATrustedProxyTheLastForwardedHopCountsNotWhatTheClientWroteBeforeIt() {
    assertThat(ClientAddress.of("127.0.0.1", "1.2.3.4, 198.51.100.7", true))
        .isEqualTo("198.51.100.7");
    assertThat(ClientAddress.of("127.0.0.1", " ", true)).isEqualTo("127.0.0.1");
    assertThat(ClientAddress.of("127.0.0.1", null, true)).isEqualTo("127.0.0.1");
  }
}
