package org.virtualcampus.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The median of odd and even counts, ties and no values, against its definition (at most half the
 * values below and at most half above a middle value); and the interval function the funnel uses.
 */
class MedianTest {

  private static Double median(Integer... values) {
    return Median.of(Arrays.asList(values));
  }

  @Test
  void middleValueOrMeanOfTheTwoMiddleOnes() {
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
  void noValuesNoMedian() {
    assertThat(median()).isNull();
  }

  @Property
  void meanOfTheDistinctMiddleValues(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 20) Integer> values) {
    int n = values.size();
    double expected =
        values.stream()
            .filter(
                v ->
                    2 * values.stream().filter(o -> o < v).count() <= n
                        && 2 * values.stream().filter(o -> o > v).count() <= n)
            .distinct()
            .mapToInt(Integer::intValue)
            .average()
            .orElseThrow();
    assertThat(Median.of(values)).isEqualTo(expected);
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
