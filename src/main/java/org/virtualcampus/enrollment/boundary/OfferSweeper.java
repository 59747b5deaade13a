package org.virtualcampus.enrollment.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.enrollment.control.SweepQueries;
import org.virtualcampus.platform.startup.SchemaMigration;

/**
 * Expires seat offers whose deadline passed (passing each seat on), seats the interest collected
 * before a cohort's requests opened once they open, and reminds holders a day before their offer
 * ends. Runs on every instance; each offer is handled in its own transaction under the cohort lock
 * and re-checked there, so two instances never expire or remind the same offer twice.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfferSweeper {
  private static final Logger LOG = Logger.getLogger(OfferSweeper.class.getName());
  static final Duration REMIND_BEFORE = Duration.ofHours(24);
  private static final int BATCH = 200;

  @Resource TimerService timers;
  @Inject OfferExpiries expiries;
  @Inject SweepQueries queries;
  @Inject Clock clock;
  @Inject SchemaMigration schema;

  @Inject
  @ConfigProperty(name = "campus.enrollment.sweep-seconds", defaultValue = "60")
  int periodSeconds;

  @PostConstruct
  void schedule() {
    long period = Duration.ofSeconds(Math.max(1, periodSeconds)).toMillis();
    timers.createIntervalTimer(period, period, new TimerConfig("offer-sweep", false));
  }

  @Timeout
  void onTimer() {
    if (schema.applied()) { // the first tick can come before the migrations have run
      sweep();
    }
  }

  /**
   * One pass: expire what is due, seat early interest, then send the reminders. Returns how many
   * offers expired.
   */
  public int sweep() {
    int expired = 0;
    try {
      for (String id : queries.expiredOffers(clock.instant(), BATCH)) {
        try {
          if (expiries.expireOffer(id)) {
            expired++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not expire offer " + id + "; will try again", e);
        }
      }
      var now = clock.instant();
      for (String id : queries.cohortsWithEarlyInterestToSeat(now, BATCH)) {
        try {
          expiries.seatEarlyInterest(id);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not seat the early interest in cohort " + id, e);
        }
      }
      for (String id : queries.offersToRemind(now, now.plus(REMIND_BEFORE), BATCH)) {
        try {
          expiries.remindOfExpiringOffer(id, REMIND_BEFORE);
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
