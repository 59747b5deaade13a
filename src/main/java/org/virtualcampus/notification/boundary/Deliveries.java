package org.virtualcampus.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.virtualcampus.notification.control.Backoff;
import org.virtualcampus.notification.control.NotificationQueries;
import org.virtualcampus.notification.entity.Notification;
import org.virtualcampus.notification.entity.NotificationStatus;

/**
 * The relay's steps with the outbox. Each runs in a transaction of its own, so a claim is visible
 * to other instances as soon as it is made, one message's outcome never rolls back another's, and
 * no transaction stays open while the mail server talks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Deliveries {
  /** How long a relay holds a message it claimed; well beyond the mail sender's timeouts. */
  static final Duration CLAIM = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject NotificationQueries queries;
  @Inject Backoff backoff;
  @Inject Clock clock;

  public List<String> due(int limit) {
    return queries.dueIds(clock.instant(), limit);
  }

  /**
   * Claims a message for this relay. Empty when another relay holds it, sent it or it has used up
   * its tries meanwhile: then this relay must not send it.
   */
  public Optional<Notification> claim(String id) {
    Instant now = clock.instant();
    if (!queries.claim(id, now, now.plus(CLAIM))) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  public void sent(String id) {
    Notification n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (n != null) {
      n.markSent(clock.instant());
    }
  }

  /** Records a failed try and when the next one is due; returns where the message stands now. */
  public NotificationStatus failed(String id, String error) {
    Notification n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (n == null) {
      return NotificationStatus.FAILED;
    }
    Instant now = clock.instant();
    n.markFailed(error, backoff.retryNotBefore(n.attempts() + 1, now));
    return n.status();
  }
}
