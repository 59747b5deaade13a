package org.virtualcampus.reporting.control;

/**
 * The median of a column in plain SQL, so H2 (tests) and MariaDB (production) compute it the same
 * way inside the database: MariaDB has MEDIAN only as a window function and H2 only as an
 * aggregate. A value is a middle value when at most half the values are below it and at most half
 * above; the median is the mean of the distinct middle values (one, or the two around the middle).
 * Quadratic in the rows, which are a cohort's invitations or promotions: hundreds at most.
 */
public final class Median {
  private Median() {}

  /** A scalar subquery: the median of {@code v} in {@code rows}, a select naming its column v. */
  public static String of(String rows) {
    String all = "(select count(*) from (" + rows + ") n)";
    return "(select avg(distinct 1.0 * a.v) from ("
        + rows
        + ") a where 2 * (select count(*) from ("
        + rows
        + ") b where b.v < a.v) <= "
        + all
        + " and 2 * (select count(*) from ("
        + rows
        + ") b where b.v > a.v) <= "
        + all
        + ")";
  }
}
