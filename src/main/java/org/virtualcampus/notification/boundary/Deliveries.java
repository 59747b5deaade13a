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
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.notification.control.Backoff;
import org.virtualcampus.notification.control.DigestPlan;
import org.virtualcampus.notification.control.NotificationQueries;
import org.virtualcampus.notification.control.NotificationTexts;
import org.virtualcampus.notification.entity.Notification;
import org.virtualcampus.notification.entity.NotificationKind;
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
  @Inject NotificationTexts texts;
  @Inject Backoff backoff;
  @Inject Recipients members;
  @Inject Clock clock;

  public List<String> due(int limit) {
    return queries.dueIds(clock.instant(), limit);
  }

  /**
   * Claims a message for this relay. False when another relay holds it, sent it or gave up on it
   * meanwhile: then this relay must not send it.
   */
  public boolean claim(String id) {
    Instant now = clock.instant();
    return queries.claim(id, now, now.plus(CLAIM));
  }

  /** The mail of a claimed message, in the recipient's language, with its secret link. */
  public Optional<OutgoingMail> render(String id) {
    Notification n = em.find(Notification.class, id);
    if (n == null) {
      return Optional.empty();
    }
    List<Notification> notices =
        n.kind() == NotificationKind.DAILY_DIGEST ? queries.inDigest(n.id()) : List.of();
    return Optional.of(
        new OutgoingMail(
            n.id(),
            n.recipientEmail(),
            texts.forMail(n, texts.addressee(n), notices),
            n.attempts()));
  }

  /** The mail server took it: sent, its secret wiped; a digest's notices count as sent too. */
  public void sent(String id) {
    Notification n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (n != null) {
      n.markSent(clock.instant());
      if (n.kind() == NotificationKind.DAILY_DIGEST) {
        queries.digestSent(n.id(), clock.instant());
      }
    }
  }

  /** Records a failed try and when the next one is due; returns where the message stands now. */
  public NotificationStatus failed(String id, String error) {
    Notification n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (n == null) {
      return NotificationStatus.FAILED;
    }
    Instant now = clock.instant();
    n.markFailed(
        error, now, backoff.nextTry(n.attempts() + 1, n.retryingSince(), now).orElse(null));
    return n.status();
  }

  /** Members with digest notices waiting, and the oldest of them. */
  public List<NotificationQueries.DigestCandidate> digestCandidates(int limit) {
    return queries.digestCandidates(limit);
  }

  /**
   * Writes one member's digest when it is due: one per member and local day, whatever the number of
   * instances, because the unique key on (recipient, day) lets only one insert commit. Returns
   * false when it is not due, exists already or has nothing to carry.
   */
  public boolean composeDigest(String memberId, Instant oldest) {
    Optional<Recipient> found = members.recipient(memberId);
    if (found.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    DigestPlan plan = DigestPlan.at(now, found.get().timeZone());
    if (!plan.covers(oldest) || digestExists(memberId, plan)) {
      return false;
    }
    Notification digest = Notification.digest(memberId, found.get().email(), plan.day(), 0, now);
    em.persist(digest);
    em.flush();
    int taken = queries.takeIntoDigest(digest.id(), memberId, plan.cutoff());
    if (taken == 0) {
      em.remove(digest);
      return false;
    }
    digest.countNotices(taken);
    return true;
  }

  private boolean digestExists(String memberId, DigestPlan plan) {
    return em.createQuery(
                "select count(n) from Notification n where n.recipientId = :m"
                    + " and n.digestDay = :day",
                Long.class)
            .setParameter("m", memberId)
            .setParameter("day", plan.day())
            .getSingleResult()
        > 0;
  }
}
