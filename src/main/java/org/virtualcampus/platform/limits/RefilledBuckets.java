package org.virtualcampus.platform.limits;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.virtualcampus.platform.startup.SchemaReady;

/**
 * Deletes abuse-limit buckets that are full again, every ten minutes on every instance; a bucket
 * deleted by two instances at once is simply gone.
 */
@ApplicationScoped
public class RefilledBuckets {
  private static final Logger LOG = Logger.getLogger(RefilledBuckets.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RateLimits limits;

  private ScheduledFuture<?> runs;

  void start(@Observes SchemaReady ready) {
    runs = scheduler.scheduleWithFixedDelay(this::forget, 10, 10, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (runs != null) {
      runs.cancel(false);
    }
  }

  void forget() {
    try {
      int gone = limits.forgetRefilled();
      LOG.fine(() -> "Forgot " + gone + " refilled abuse-limit buckets");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not forget refilled abuse-limit buckets; next run tries", e);
    }
  }
}
