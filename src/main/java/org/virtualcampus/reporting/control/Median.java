package org.virtualcampus.reporting.control;

import java.util.Collection;

/**
 * The median of a cohort's waits and delays, computed here rather than in SQL: MariaDB has MEDIAN
 * only as a window function and H2 only as an aggregate, and the portable SQL form (count the
 * values below and above each value) re-ran its derived tables for every value: 200 ms per
 * dashboard for a cohort with a few hundred invitations, most of the database's time under load.
 */
public final class Median {
  private Median() {}

  /** The middle value, or the mean of the two middle values; none for no values. */
  public static Double of(Collection<? extends Number> values) {
    if (values.isEmpty()) {
      return null;
    }
    double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
