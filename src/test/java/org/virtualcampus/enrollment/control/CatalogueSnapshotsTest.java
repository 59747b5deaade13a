package org.virtualcampus.enrollment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
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

  @Test
  void whileOneRequestReadsAPageTheOthersWaitForItsRead() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> first =
          pool.submit(
              () ->
                  snapshots.page(
                      "open",
                      () -> {
                        reading.countDown();
                        await(mayFinish);
                        return "open read by the first";
                      }));
      await(reading);
      Thread[] second = new Thread[1];
      Future<String> other =
          pool.submit(
              () -> {
                second[0] = Thread.currentThread();
                return snapshots.page("open", () -> "open read by the second");
              });
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> second[0] != null && second[0].getState() != Thread.State.RUNNABLE);
      mayFinish.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("open read by the first");
      assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("open read by the first");
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
