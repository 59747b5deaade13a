package org.virtualcampus.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.notification.control.NotificationQueries;
import org.virtualcampus.notification.entity.Notification;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.NotificationStatus;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/** Queues notifications into the outbox, always inside the caller's transaction, and reads them. */
@ApplicationScoped
public class Notifications {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject NotificationQueries queries;

  /** Writes the message in the current transaction: it exists exactly when the change commits. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notification queue(NotificationKind kind, Member recipient, String subject, String body) {
    Notification n =
        new Notification(kind, recipient.id(), recipient.email(), subject, body, clock.instant());
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

  /** The outbox for coordinators: every message, newest first, optionally only one status. */
  @Transactional
  public Page<Notification> outbox(NotificationStatus status, PageRequest paging) {
    return queries.outbox(status, paging);
  }

  /** A member's own notifications, newest first. */
  @Transactional
  public Page<Notification> mine(String memberId, PageRequest paging) {
    return queries.forRecipient(memberId, paging);
  }
}
