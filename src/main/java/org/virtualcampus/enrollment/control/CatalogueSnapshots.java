package org.virtualcampus.enrollment.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import org.virtualcampus.platform.persistence.AfterTransaction;

/**
 * Pages of the public catalogue as last read, so that a crowd browsing it does not read the same
 * rows again and again. A page is forgotten when this instance changes any cohort (every change to
 * a cohort, its seats or its queue takes the cohort lock first, see {@link CohortLocks}) and in any
 * case after {@link #FRESH}: another instance's change shows within that time.
 */
@ApplicationScoped
public class CatalogueSnapshots {
  static final Duration FRESH = Duration.ofSeconds(2);
  private static final String MARK = CatalogueSnapshots.class.getName();

  @Resource TransactionSynchronizationRegistry transactions;

  private final Cache<Object, Object> pages;

  public CatalogueSnapshots() {
    this(Ticker.systemTicker());
  }

  CatalogueSnapshots(Ticker ticker) {
    pages = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(FRESH).maximumSize(512).build();
  }

  /**
   * The page for {@code key} as read within {@link #FRESH}, or read now by {@code read}. While one
   * request reads a page, the others asking for it wait for that read instead of reading it too: a
   * crowd would otherwise read it once per request every time it goes stale.
   */
  @SuppressWarnings("unchecked")
  public <T> T page(Object key, Supplier<T> read) {
    return (T) pages.get(key, k -> read.get());
  }

  /**
   * Forgets every page when the current transaction ends (also now, so that nothing read during the
   * transaction outlives it); outside a transaction, now.
   */
  public void cohortChanging() {
    pages.invalidateAll();
    if (AfterTransaction.active(transactions) && transactions.getResource(MARK) == null) {
      transactions.putResource(MARK, Boolean.TRUE);
      AfterTransaction.run(transactions, pages::invalidateAll);
    }
  }
}
