package org.virtualcampus.enrollment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CatalogueSnapshotsTest {
  private final AtomicLong nanos = new AtomicLong();
  private final CatalogueSnapshots snapshots = new CatalogueSnapshots(nanos::get);
  private final AtomicInteger reads = new AtomicInteger();

  private String page(String key) {
    return snapshots.page(List.of(key), () -> key + " read " + reads.incrementAndGet());
  }

  @Test
  void aPageIsReadOnceWhileFreshAndAgainAfterwards() {
    assertThat(page("open")).isEqualTo("open read 1");
    nanos.addAndGet(CatalogueSnapshots.FRESH.minusMillis(1).toNanos());
    assertThat(page("open")).isEqualTo("open read 1");
    nanos.addAndGet(Duration.ofMillis(1).toNanos());
    assertThat(page("open")).isEqualTo("open read 2");
  }

  @Test
  void eachFilterAndPageIsKeptApart() {
    assertThat(page("nurses")).isEqualTo("nurses read 1");
    assertThat(page("physicians")).isEqualTo("physicians read 2");
    assertThat(page("nurses")).isEqualTo("nurses read 1");
  }

  @Test
  void aCohortChangeOnThisInstanceForgetsEveryPage() {
    page("open");
    page("nurses");
    snapshots.cohortChanging(); // outside a transaction: at once
    assertThat(page("open")).isEqualTo("open read 3");
    assertThat(page("nurses")).isEqualTo("nurses read 4");
  }
}
