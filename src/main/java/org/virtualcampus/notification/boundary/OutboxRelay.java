package org.virtualcampus.notification.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.notification.control.MailSender;
import org.virtualcampus.notification.entity.NotificationStatus;
import org.virtualcampus.platform.startup.SchemaReady;

/**
 * Sends the outbox by e-mail every {@code campus.mail.relay-seconds} when SMTP is configured, and
 * writes the daily digests that are due. Every instance runs it: a message is sent only by the
 * relay whose claim on it succeeded in the database, and a digest is written only by the instance
 * whose insert won the unique key. Delivery is at least once (see {@link #deliver}).
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  /** Messages claimed at a time. */
  static final int BATCH = 50;

  /**
   * How long one run keeps taking full batches: a backlog (100 invitations at once) drains at the
   * mail server's pace instead of 50 a tick, yet a run never holds its thread for long.
   */
  static final java.time.Duration RUN_BUDGET = java.time.Duration.ofSeconds(20);

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
      composeDigests();
      long until = System.nanoTime() + RUN_BUDGET.toNanos();
      List<String> due;
      do {
        due = deliveries.due(BATCH);
        for (String id : due) {
          if (deliveries.claim(id)) {
            deliver(id);
          }
        }
      } while (due.size() == BATCH && System.nanoTime() < until);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notification relay run failed; the next run tries again", e);
    }
  }

  /** Writes the daily digests that are due; the database lets one instance write each. */
  private void composeDigests() {
    for (var candidate : deliveries.digestCandidates(BATCH)) {
      try {
        deliveries.composeDigest(candidate.memberId(), candidate.oldest());
      } catch (RuntimeException e) {
        // Another instance wrote this member's digest first (unique key): nothing to do.
        LOG.log(Level.FINE, "Digest for " + candidate.memberId() + " not written here", e);
      }
    }
  }

  /**
   * Sends one claimed message. At least once: it is marked sent only after the server took it, so a
   * crash in between sends it again once the claim runs out; never at most once.
   */
  private void deliver(String id) {
    Optional<OutgoingMail> mail;
    try {
      mail = deliveries.render(id);
      if (mail.isEmpty()) {
        return;
      }
      Rendered texts = mail.get().texts();
      this.mail.send(mail.get().to(), texts.subject(), texts.text(), texts.html());
    } catch (MessagingException | RuntimeException e) {
      String error = describe(e);
      NotificationStatus now = deliveries.failed(id, error);
      LOG.warning(
          () ->
              "Could not send notification "
                  + id
                  + (now == NotificationStatus.FAILED
                      ? " (retry window over, giving up; a coordinator may retry it)"
                      : " (will retry)")
                  + ": "
                  + error);
      return;
    }
    deliveries.sent(id);
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
