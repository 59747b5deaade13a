package org.virtualcampus.session.boundary;

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
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.platform.startup.SchemaMigration;
import org.virtualcampus.session.entity.ReminderLead;

/**
 * Sends session reminders when they fall due. Runs on every instance; a session's reminders are
 * each claimed by a row with a unique key, so two instances never send the same one.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SessionReminderSweeper {
  private static final Logger LOG = Logger.getLogger(SessionReminderSweeper.class.getName());
  private static final int BATCH = 200;

  @Resource TimerService timers;
  @Inject SessionReminders reminders;
  @Inject SchemaMigration schema;

  @Inject
  @ConfigProperty(name = "campus.sessions.reminder-seconds", defaultValue = "60")
  int periodSeconds;

  @PostConstruct
  void schedule() {
    long period = Duration.ofSeconds(Math.max(1, periodSeconds)).toMillis();
    timers.createIntervalTimer(period, period, new TimerConfig("session-reminders", false));
  }

  @Timeout
  void onTimer() {
    if (schema.applied()) {
      sweep();
    }
  }

  public int sweep() {
    int sent = 0;
    for (ReminderLead lead : ReminderLead.values()) {
      try {
        for (String id : reminders.due(lead, BATCH)) {
          try {
            sent += reminders.remind(id, lead);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remind the people of session " + id, e);
          }
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, "Session reminder sweep failed; next run in " + periodSeconds + " s", e);
      }
    }
    return sent;
  }
}
