package org.virtualcampus.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, read as percentiles in milliseconds. */
final class Latencies {
  private final long[] sorted;

  Latencies(long[] nanos) {
    sorted = nanos.clone();
    Arrays.sort(sorted);
  }

  double percentileMillis(double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  String summary() {
    return String.format(
        "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
        percentileMillis(50), percentileMillis(95), percentileMillis(99));
  }
}
