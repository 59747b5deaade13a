package org.virtualcampus.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.notification.control.Addressee;
import org.virtualcampus.notification.control.NotificationQueries;
import org.virtualcampus.notification.control.NotificationTexts;
import org.virtualcampus.notification.control.Preferences;
import org.virtualcampus.notification.entity.Delivery;
import org.virtualcampus.notification.entity.Notification;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.NotificationStatus;
import org.virtualcampus.notification.entity.Params;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/**
 * Queues notifications into the outbox, always inside the caller's transaction, and reads them. A
 * notification is stored as its kind and parameters; its texts are rendered in the reader's
 * language whenever it is shown or sent.
 */
@ApplicationScoped
public class Notifications {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject NotificationQueries queries;
  @Inject NotificationTexts texts;
  @Inject Preferences preferences;
  @Inject Recipients members;

  /**
   * Writes a notice to a member in the current transaction: it exists exactly when the change
   * commits. How it is delivered (e-mail at once, daily digest, in the app only) follows the
   * member's preference for the kind.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notification queue(NotificationKind kind, String memberId, Params params) {
    return queue(address(kind, memberId), params);
  }

  /** Whom a notice of one kind reaches and how: the member's address and delivery preference. */
  public record Addressed(NotificationKind kind, Recipient recipient, Delivery delivery) {}

  /**
   * Reads a notice's recipient and delivery ahead of writing it, for a caller that writes it later
   * while holding a lock and wants no reads under that lock.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Addressed address(NotificationKind kind, String memberId) {
    return address(
        kind,
        members.recipient(memberId).orElseThrow(() -> new NotFoundException("Member", memberId)));
  }

  /** {@link #address(NotificationKind, String)} for a recipient the caller has already read. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Addressed address(NotificationKind kind, Recipient recipient) {
    return new Addressed(kind, recipient, preferences.deliveryOf(recipient.memberId(), kind));
  }

  /** Writes a notice addressed earlier in this transaction; one insert, no reads. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notification queue(Addressed to, Params params) {
    Notification n =
        new Notification(
            to.kind(),
            to.recipient().memberId(),
            to.recipient().email(),
            params,
            to.delivery(),
            null,
            clock.instant());
    em.persist(n);
    return n;
  }

  /**
   * For recipients who have no account yet (invitations), always by e-mail. {@code secret} (the raw
   * link token) is kept for the relay only and wiped once the mail is sent.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notification queueTo(NotificationKind kind, String email, Params params, String secret) {
    Notification n =
        new Notification(kind, null, email, params, Delivery.EMAIL, secret, clock.instant());
    em.persist(n);
    return n;
  }

  /** The outbox for coordinators: every message, newest first, optionally only one status. */
  @Transactional
  public Page<Shown> outbox(NotificationStatus status, PageRequest paging) {
    return shown(queries.outbox(status, paging));
  }

  /** A member's own notifications, newest first, in their language. */
  @Transactional
  public Page<Shown> mine(String memberId, PageRequest paging) {
    return shown(queries.forRecipient(memberId, paging));
  }

  @Transactional
  public long unreadCount(String memberId) {
    return memberId == null ? 0 : queries.unreadCount(memberId);
  }

  /** Marks one of the member's own notifications read; someone else's is not found. */
  @Transactional
  public void markRead(String memberId, String notificationId) {
    Notification n = em.find(Notification.class, notificationId);
    if (n == null || memberId == null || !memberId.equals(n.recipientId())) {
      throw new NotFoundException("Notification", notificationId);
    }
    n.markRead(clock.instant());
  }

  /** Marks all the member's notifications read; returns how many were unread. */
  @Transactional
  public int markAllRead(String memberId) {
    return queries.markAllRead(memberId, clock.instant());
  }

  /**
   * A coordinator sends a FAILED message again: it is due at once, with a new retry window. Any
   * other state is a conflict (a pending message is being retried already; a sent one is sent).
   */
  @Transactional
  public Shown retry(String notificationId) {
    Notification n = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
    if (n == null) {
      throw new NotFoundException("Notification", notificationId);
    }
    if (!n.retry(clock.instant())) {
      throw new ConflictException(
          "Not failed",
          "Only a failed notification can be retried; this one is " + n.status() + ".");
    }
    return new Shown(n, texts.forDisplay(n, texts.addressee(n)));
  }

  private Page<Shown> shown(Page<Notification> page) {
    Map<String, Addressee> to = texts.addressees(page.items());
    return page.map(n -> new Shown(n, texts.forDisplay(n, to.get(n.id()))));
  }
}
