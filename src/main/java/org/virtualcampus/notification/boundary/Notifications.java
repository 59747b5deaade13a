package org.virtualcampus.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.notification.entity.Notification;
import org.virtualcampus.notification.entity.NotificationKind;

/** Queues notifications into the outbox, always inside the caller's transaction. */
@ApplicationScoped
public class Notifications {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Writes the message in the current transaction: it exists exactly when the change commits. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notification queue(NotificationKind kind, Member recipient, String subject, String body) {
    Notification n = new Notification(kind, recipient.id(), recipient.email(), subject, body, clock.instant());
    em.persist(n);
    return n;
  }

  /** For recipients who have no account yet (invitations). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notification queueTo(NotificationKind kind, String email, String subject, String body) {
    Notification n = new Notification(kind, null, email, subject, body, clock.instant());
    em.persist(n);
    return n;
  }
}
