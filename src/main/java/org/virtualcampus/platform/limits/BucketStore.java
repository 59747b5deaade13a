package org.virtualcampus.platform.limits;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's select-for-update protocol over the {@code rate_limit_bucket} table, in plain JDBC so
 * the same statements run on H2 and MariaDB. Time comes from the campus clock, so the test clock
 * refills buckets as it moves.
 */
final class BucketStore extends AbstractSelectForUpdateBasedProxyManager<BucketKey> {

  private final DataSource dataSource;
  private final Clock clock;

  BucketStore(DataSource dataSource, Clock clock) {
    super(ClientSideConfig.getDefault().withClientClock(new ClockTime(clock)));
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  protected SelectForUpdateBasedTransaction allocateTransaction(
      BucketKey key, Optional<Long> timeoutNanos) {
    return new BucketTransaction(dataSource, key, clock.instant());
  }

  @Override
  public void removeProxy(BucketKey key) {
    BucketTransaction.delete(dataSource, key);
  }

  /** The campus clock as Bucket4j's time source. */
  private record ClockTime(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
