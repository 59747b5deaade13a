package org.virtualcampus.enrollment.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.function.Supplier;

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

  /** The page for {@code key} as read within {@link #FRESH}, or read now by {@code read}. */
  @SuppressWarnings("unchecked")
  public <T> T page(Object key, Supplier<T> read) {
    Object kept = pages.getIfPresent(key);
    if (kept != null) {
      return (T) kept;
    }
    T fresh = read.get();
    pages.put(key, fresh);
    return fresh;
  }

  /**
   * Forgets every page when the current transaction ends (also now, so that nothing read during the
   * transaction outlives it); outside a transaction, now.
   */
  public void cohortChanging() {
    pages.invalidateAll();
    if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return;
    }
    if (transactions.getResource(MARK) == null) {
      transactions.putResource(MARK, Boolean.TRUE);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
              pages.invalidateAll();
            }
          });
    }
  }
}
