package org.virtualcampus.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The portable median, run on embedded H2 in MySQL mode (the integration suite's database), with
 * odd and even counts, ties, and no rows; and the interval function the funnel uses with it.
 */
class MedianTest {

  private static Double median(int... values) throws SQLException {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:median-"
            + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE");
    try (Connection c = db.getConnection()) {
      c.createStatement().execute("create table t (k varchar(2), x bigint)");
      for (int v : values) {
        c.createStatement().execute("insert into t values ('a', " + v + ")");
      }
      c.createStatement().execute("insert into t values ('b', 1000)");
      var query =
          c.prepareStatement(
              "select " + Median.of("select x v from t where k = ?1 and x is not null"));
      // ?1 is one numbered parameter however often the median repeats the rows.
      query.setString(1, "a");
      try (ResultSet r = query.executeQuery()) {
        r.next();
        double median = r.getDouble(1);
        Double result = r.wasNull() ? null : median;
        c.createStatement().execute("SHUTDOWN");
        return result;
      }
    }
  }

  @Test
  void middleValueOrMeanOfTheTwoMiddleOnes() throws SQLException {
    assertThat(median(5)).isEqualTo(5.0);
    assertThat(median(3, 1, 2)).isEqualTo(2.0);
    assertThat(median(1, 2)).isEqualTo(1.5);
    assertThat(median(1, 1, 2, 3)).isEqualTo(1.5);
    assertThat(median(1, 2, 2, 3)).isEqualTo(2.0);
    assertThat(median(1, 1, 1, 2)).isEqualTo(1.0);
    assertThat(median(1, 2, 2, 2, 3, 3)).isEqualTo(2.0);
    assertThat(median(10, 40, 20, 30)).isEqualTo(25.0);
  }

  @Test
  void noRowsNoMedian() throws SQLException {
    assertThat(median()).isNull();
  }

  @Test
  void secondsBetweenTwoTimestampsAsTheFunnelCountsThem() throws SQLException {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:diff-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
    try (Connection c = db.getConnection();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "select timestampdiff(SECOND, timestamp '2026-01-01 10:00:00',"
                        + " timestamp '2026-01-03 22:00:00')")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(216_000L);
    }
  }
}
