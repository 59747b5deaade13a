package org.virtualcampus.enrollment.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.enrollment.control.EnrollmentQueries;
import org.virtualcampus.platform.startup.SchemaReady;

/**
 * Expires seat offers whose deadline passed (passing each seat on) and reminds holders a day before
 * their offer ends. Runs on every instance; each offer is handled in its own transaction under the
 * cohort lock and re-checked there, so two instances never expire or remind the same offer twice.
 */
@ApplicationScoped
public class OfferSweeper {
  private static final Logger LOG = Logger.getLogger(OfferSweeper.class.getName());
  static final Duration REMIND_BEFORE = Duration.ofHours(24);
  private static final int BATCH = 200;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Enrollments enrollments;
  @Inject EnrollmentQueries queries;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "campus.enrollment.sweep-seconds", defaultValue = "60")
  int periodSeconds;

  private ScheduledFuture<?> task;

  void start(@Observes SchemaReady ready) {
    task = scheduler.scheduleWithFixedDelay(this::sweep, periodSeconds, periodSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** One pass: expire what is due, then send the reminders. Returns how many offers expired. */
  public int sweep() {
    int expired = 0;
    try {
      for (String id : queries.expiredOffers(clock.instant(), BATCH)) {
        try {
          if (enrollments.expireOffer(id)) {
            expired++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not expire offer " + id + "; will try again", e);
        }
      }
      var now = clock.instant();
      for (String id : queries.offersToRemind(now, now.plus(REMIND_BEFORE), BATCH)) {
        try {
          enrollments.remindOfExpiringOffer(id, REMIND_BEFORE);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not remind holder of offer " + id, e);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Offer sweep failed; next run in " + periodSeconds + " s", e);
    }
    return expired;
  }
}
