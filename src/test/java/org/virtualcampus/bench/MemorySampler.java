package org.virtualcampus.bench;

import java.util.concurrent.atomic.AtomicLong;

/** Samples the instance's resident memory every 100 ms until stopped; keeps the peak. */
final class MemorySampler {
  private final AtomicLong peak = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  MemorySampler(Instance instance) {
    sampler =
        new Thread(
            () -> {
              while (running) {
                peak.accumulateAndGet(instance.residentMiB(), Math::max);
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
  }

  long stop() throws InterruptedException {
    running = false;
    sampler.join();
    return peak.get();
  }
}
