package org.virtualcampus.notification.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.notification.control.MailSender;
import org.virtualcampus.notification.entity.Notification;
import org.virtualcampus.notification.entity.NotificationStatus;
import org.virtualcampus.platform.startup.SchemaReady;

/**
 * Sends the outbox by e-mail every {@code campus.mail.relay-seconds} when SMTP is configured. Every
 * instance runs it: a message is sent only by the relay whose claim on it succeeded in the
 * database.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  /** Messages tried per run; a backlog drains over the next runs instead of in one long one. */
  static final int BATCH = 50;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Deliveries deliveries;
  @Inject MailSender mail;

  @Inject
  @ConfigProperty(name = "campus.mail.relay-seconds", defaultValue = "10")
  int periodSeconds;

  private ScheduledFuture<?> runs;

  void start(@Observes SchemaReady ready) {
    if (!mail.isConfigured()) {
      LOG.info(
          "No campus.mail.host set: notifications are shown in the app and not sent by e-mail.");
      return;
    }
    long period = Math.max(1, periodSeconds);
    runs = scheduler.scheduleWithFixedDelay(this::relayDue, period, period, TimeUnit.SECONDS);
    LOG.info(
        () -> "Sending notifications by e-mail to " + mail.describe() + " every " + period + " s.");
  }

  @PreDestroy
  void stop() {
    if (runs != null) {
      runs.cancel(false);
    }
  }

  void relayDue() {
    // An exception escaping a scheduled task would silently cancel every later run.
    try {
      for (String id : deliveries.due(BATCH)) {
        deliveries.claim(id).ifPresent(this::deliver);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notification relay run failed; the next run tries again", e);
    }
  }

  private void deliver(Notification n) {
    try {
      mail.send(n.recipientEmail(), n.subject(), n.body());
    } catch (MessagingException | RuntimeException e) {
      String error = describe(e);
      NotificationStatus now = deliveries.failed(n.id(), error);
      LOG.warning(
          () ->
              "Could not send notification "
                  + n.id()
                  + " (try "
                  + (n.attempts() + 1)
                  + " of "
                  + Notification.MAX_ATTEMPTS
                  + (now == NotificationStatus.FAILED ? ", giving up" : "")
                  + "): "
                  + error);
      return;
    }
    deliveries.sent(n.id());
  }

  private static String describe(Exception e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null && text.length() < 500; t = t.getCause()) {
      if (text.length() > 0) {
        text.append(" / ");
      }
      text.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage());
      }
    }
    return text.toString();
  }
}
