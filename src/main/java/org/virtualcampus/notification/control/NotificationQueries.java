package org.virtualcampus.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.virtualcampus.notification.entity.Delivery;
import org.virtualcampus.notification.entity.Notification;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.NotificationStatus;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.persistence.InstantConverter;

/**
 * Reads the outbox and claims messages for sending. The relay's statements are native SQL with
 * explicit timestamps so that the comparison with {@code claimed_until} is exactly the one the
 * database runs, on H2 and MySQL alike.
 */
@ApplicationScoped
public class NotificationQueries {
  /**
   * Messages to mail now. Fresh ones first: a backlog of retries after an outage never holds up a
   * message that has not been tried yet.
   */
  static final String DUE =
      "SELECT id FROM notification WHERE sent_at IS NULL AND failed_at IS NULL"
          + " AND delivery = 'EMAIL' AND (claimed_until IS NULL OR claimed_until < ?1)"
          + " ORDER BY attempts, created_at, seq";

  static final String CLAIM =
      "UPDATE notification SET claimed_until = ?1 WHERE id = ?2 AND sent_at IS NULL"
          + " AND failed_at IS NULL AND delivery = 'EMAIL'"
          + " AND (claimed_until IS NULL OR claimed_until < ?3)";

  /** Members with digest notices not in a digest yet, and the oldest of them. */
  static final String DIGEST_CANDIDATES =
      "SELECT recipient_id, MIN(created_at) FROM notification WHERE delivery = 'DIGEST'"
          + " AND digest_id IS NULL AND sent_at IS NULL AND recipient_id IS NOT NULL"
          + " GROUP BY recipient_id";

  static final String TAKE_INTO_DIGEST =
      "UPDATE notification SET digest_id = ?1 WHERE recipient_id = ?2 AND delivery = 'DIGEST'"
          + " AND digest_id IS NULL AND sent_at IS NULL AND created_at < ?3";

  @PersistenceContext EntityManager em;

  /** Messages a relay may try now. */
  public List<String> dueIds(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(DUE)
            .setParameter(1, InstantConverter.toColumn(now))
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
            .setParameter(1, InstantConverter.toColumn(until))
            .setParameter(2, id)
            .setParameter(3, InstantConverter.toColumn(now))
            .executeUpdate();
    return updated == 1;
  }

  public record DigestCandidate(String memberId, Instant oldest) {}

  public List<DigestCandidate> digestCandidates(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(DIGEST_CANDIDATES).setMaxResults(limit).getResultList();
    return rows.stream()
        .map(r -> new DigestCandidate(String.valueOf(r[0]), instant(r[1])))
        .toList();
  }

  /** Puts a member's digest notices written before {@code before} into the digest; how many. */
  public int takeIntoDigest(String digestId, String memberId, Instant before) {
    return em.createNativeQuery(TAKE_INTO_DIGEST)
        .setParameter(1, digestId)
        .setParameter(2, memberId)
        .setParameter(3, InstantConverter.toColumn(before))
        .executeUpdate();
  }

  /** The notices a digest carries, oldest first. */
  public List<Notification> inDigest(String digestId) {
    return em.createQuery(
            "select n from Notification n where n.digestId = :d order by n.seq", Notification.class)
        .setParameter("d", digestId)
        .getResultList();
  }

  /** A sent digest counts as the mail of each notice it carried. */
  public void digestSent(String digestId, Instant now) {
    em.createNativeQuery(
            "UPDATE notification SET sent_at = ?1 WHERE digest_id = ?2 AND sent_at IS NULL")
        .setParameter(1, InstantConverter.toColumn(now))
        .setParameter(2, digestId)
        .executeUpdate();
  }

  /** The whole outbox, newest first, optionally only messages in one status. */
  public Page<Notification> outbox(NotificationStatus status, PageRequest paging) {
    String where =
        status == null
            ? ""
            : switch (status) {
              case SENT -> " where n.sentAt is not null";
              case PENDING ->
                  " where n.sentAt is null and n.failedAt is null and n.delivery <> :inApp";
              case FAILED -> " where n.sentAt is null and n.failedAt is not null";
              case IN_APP ->
                  " where n.sentAt is null and n.failedAt is null and n.delivery = :inApp";
            };
    TypedQuery<Long> count =
        em.createQuery("select count(n) from Notification n" + where, Long.class);
    TypedQuery<Notification> items =
        em.createQuery(
            "select n from Notification n" + where + " order by n.seq desc", Notification.class);
    if (status == NotificationStatus.PENDING || status == NotificationStatus.IN_APP) {
      count.setParameter("inApp", Delivery.IN_APP);
      items.setParameter("inApp", Delivery.IN_APP);
    }
    return page(items, count, paging);
  }

  /** One member's notifications, newest first; digests are not listed, their notices are. */
  public Page<Notification> forRecipient(String memberId, PageRequest paging) {
    TypedQuery<Long> count =
        em.createQuery(
                "select count(n) from Notification n where n.recipientId = :member"
                    + " and n.kind <> :digest",
                Long.class)
            .setParameter("member", memberId)
            .setParameter("digest", NotificationKind.DAILY_DIGEST);
    TypedQuery<Notification> items =
        em.createQuery(
                "select n from Notification n where n.recipientId = :member"
                    + " and n.kind <> :digest order by n.seq desc",
                Notification.class)
            .setParameter("member", memberId)
            .setParameter("digest", NotificationKind.DAILY_DIGEST);
    return page(items, count, paging);
  }

  public long unreadCount(String memberId) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipientId = :member"
                + " and n.readAt is null and n.kind <> :digest",
            Long.class)
        .setParameter("member", memberId)
        .setParameter("digest", NotificationKind.DAILY_DIGEST)
        .getSingleResult();
  }

  /** Marks every unread notification of the member read in one statement; how many. */
  public int markAllRead(String memberId, Instant now) {
    return em.createNativeQuery(
            "UPDATE notification SET read_at = ?1 WHERE recipient_id = ?2 AND read_at IS NULL")
        .setParameter(1, InstantConverter.toColumn(now))
        .setParameter(2, memberId)
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) { // UTC wall-clock time, whatever the JVM's zone
      return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return Instant.parse(String.valueOf(value));
  }

  private static Page<Notification> page(
      TypedQuery<Notification> items, TypedQuery<Long> count, PageRequest paging) {
    List<Notification> found =
        items.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    return new Page<>(found, paging.page(), paging.size(), count.getSingleResult());
  }
}
