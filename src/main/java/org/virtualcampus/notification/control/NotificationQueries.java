package org.virtualcampus.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.virtualcampus.notification.entity.Notification;
import org.virtualcampus.notification.entity.NotificationStatus;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/**
 * Reads the outbox and claims messages for sending. The relay's two statements are native SQL with
 * explicit timestamps so that the comparison with {@code claimed_until} is exactly the one the
 * database runs, on H2 and MySQL alike.
 */
@ApplicationScoped
public class NotificationQueries {
  static final String DUE =
      "SELECT id FROM notification WHERE sent_at IS NULL AND attempts < ?1"
          + " AND (claimed_until IS NULL OR claimed_until < ?2) ORDER BY created_at, seq";
  static final String CLAIM =
      "UPDATE notification SET claimed_until = ?1 WHERE id = ?2 AND sent_at IS NULL AND attempts < ?3"
          + " AND (claimed_until IS NULL OR claimed_until < ?4)";

  @PersistenceContext EntityManager em;

  /** Messages a relay may try now, oldest first. */
  public List<String> dueIds(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(DUE)
            .setParameter(1, Notification.MAX_ATTEMPTS)
            .setParameter(2, Timestamp.from(now))
            .setMaxResults(limit)
            .getResultList();
    return ids.stream().map(String::valueOf).toList();
  }

  /**
   * Claims one message until {@code until}, if nobody sent or holds it. The database decides
   * between relays racing for the same row: exactly one of them sees an update count of 1.
   */
  public boolean claim(String id, Instant now, Instant until) {
    int updated =
        em.createNativeQuery(CLAIM)
            .setParameter(1, Timestamp.from(until))
            .setParameter(2, id)
            .setParameter(3, Notification.MAX_ATTEMPTS)
            .setParameter(4, Timestamp.from(now))
            .executeUpdate();
    return updated == 1;
  }

  /** The whole outbox, newest first, optionally only messages in one status. */
  public Page<Notification> outbox(NotificationStatus status, PageRequest paging) {
    String where =
        status == null
            ? ""
            : switch (status) {
              case SENT -> " where n.sentAt is not null";
              case PENDING -> " where n.sentAt is null and n.attempts < :max";
              case FAILED -> " where n.sentAt is null and n.attempts >= :max";
            };
    TypedQuery<Long> count =
        em.createQuery("select count(n) from Notification n" + where, Long.class);
    TypedQuery<Notification> items =
        em.createQuery(
            "select n from Notification n" + where + " order by n.seq desc", Notification.class);
    if (status == NotificationStatus.PENDING || status == NotificationStatus.FAILED) {
      count.setParameter("max", Notification.MAX_ATTEMPTS);
      items.setParameter("max", Notification.MAX_ATTEMPTS);
    }
    return page(items, count, paging);
  }

  /** One member's notifications, newest first. */
  public Page<Notification> forRecipient(String memberId, PageRequest paging) {
    TypedQuery<Long> count =
        em.createQuery(
                "select count(n) from Notification n where n.recipientId = :member", Long.class)
            .setParameter("member", memberId);
    TypedQuery<Notification> items =
        em.createQuery(
                "select n from Notification n where n.recipientId = :member order by n.seq desc",
                Notification.class)
            .setParameter("member", memberId);
    return page(items, count, paging);
  }

  private static Page<Notification> page(
      TypedQuery<Notification> items, TypedQuery<Long> count, PageRequest paging) {
    List<Notification> found =
        items.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    return new Page<>(found, paging.page(), paging.size(), count.getSingleResult());
  }
}
