package org.virtualcampus.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the instance's resident memory every 100 ms until stopped; keeps the peak. */
final class MemorySampler {
  private final AtomicLong peak = new AtomicLong();
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

  MemorySampler(Instance instance) {
    sampler.scheduleAtFixedRate(
        () -> peak.accumulateAndGet(instance.residentMiB(), Math::max),
        0,
        100,
        TimeUnit.MILLISECONDS);
  }

  long stop() throws InterruptedException {
    sampler.shutdown();
    sampler.awaitTermination(5, TimeUnit.SECONDS);
    return peak.get();
  }
}
