package org.virtualcampus.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.virtualcampus.platform.persistence.Ids;

/**
 * One notice in the outbox: its kind and named parameters, rendered from templates in the
 * recipient's language whenever it is shown or sent. Delivery is <b>at least once</b>: a message is
 * marked sent only after the mail server accepted it, so a relay that dies in between leaves it to
 * be sent again once its claim runs out. A failed try is retried with capped backoff until the
 * retry window (at least 48 hours, from queuing or from a coordinator's retry) has passed; then the
 * message is FAILED until a coordinator retries it.
 *
 * <p>{@code claimedUntil} is the time before which no relay may pick the message up: a relay that
 * claims it sets it to the end of its sending window, and a failure sets it to the moment the next
 * try is due, so several instances relaying at once neither send twice nor retry too early.
 *
 * <p>{@code secret} holds what must reach the recipient but nobody else (the raw invitation token).
 * Only the relay reads it, no view shows it, and it is wiped once the mail is sent.
 */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @Column(length = 36)
  private String id;

  // Drawn from the write_order sequence by the database on insert; only queries order by it.
  @Column(name = "seq", insertable = false, updatable = false)
  private Long seq;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  @Column(name = "recipient_id")
  private String recipientId;

  @Column(name = "recipient_email")
  private String recipientEmail;

  private String params;

  private String secret;

  @Enumerated(EnumType.STRING)
  private Delivery delivery;

  /** Text written before notifications became data (migration V5); null on newer rows. */
  @Column(name = "subject", insertable = false, updatable = false)
  private String legacySubject;

  @Column(name = "body", insertable = false, updatable = false)
  private String legacyBody;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "read_at")
  private Instant readAt;

  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "failed_at")
  private Instant failedAt;

  @Column(name = "retry_from")
  private Instant retryFrom;

  @Column(name = "digest_id")
  private String digestId;

  @Column(name = "digest_day")
  private LocalDate digestDay;

  protected Notification() {}

  public Notification(
      NotificationKind kind,
      String recipientId,
      String recipientEmail,
      Params params,
      Delivery delivery,
      String secret,
      Instant now) {
    this.id = Ids.newId();
    this.kind = kind;
    this.recipientId = recipientId;
    this.recipientEmail = recipientEmail;
    this.params = params.encode();
    this.delivery = delivery;
    this.secret = secret;
    this.createdAt = now;
  }

  /** The daily digest of {@code day} for one member; its notices point at it. */
  public static Notification digest(
      String recipientId, String recipientEmail, LocalDate day, int count, Instant now) {
    Notification n =
        new Notification(
            NotificationKind.DAILY_DIGEST,
            recipientId,
            recipientEmail,
            Params.empty().with("day", day).with("count", count),
            Delivery.EMAIL,
            null,
            now);
    n.digestDay = day;
    return n;
  }

  /** A digest says how many notices it carries. */
  public void countNotices(int count) {
    if (kind == NotificationKind.DAILY_DIGEST) {
      params = params().with("count", count).encode();
    }
  }

  public void markSent(Instant now) {
    sentAt = now;
    claimedUntil = null;
    lastError = null;
    failedAt = null;
    secret = null;
  }

  /**
   * Counts a failed try. With a {@code nextTry} the message waits for it; without one the retry
   * window is over and the message is FAILED. A message sent meanwhile (by a relay whose claim
   * outlived ours) stays sent.
   */
  public void markFailed(String error, Instant now, Instant nextTry) {
    if (sentAt != null) {
      return;
    }
    attempts++;
    claimedUntil = nextTry;
    failedAt = nextTry == null ? now : null;
    lastError =
        error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
  }

  /**
   * A coordinator's retry of a FAILED message: it is due at once and gets a new retry window and
   * backoff from {@code now}. Returns false when the message is not FAILED.
   */
  public boolean retry(Instant now) {
    if (status() != NotificationStatus.FAILED) {
      return false;
    }
    failedAt = null;
    claimedUntil = null;
    attempts = 0;
    retryFrom = now;
    return true;
  }

  /** Marks it read; reading twice keeps the first time. */
  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  /** Where the current retry window starts: queuing, or the last coordinator's retry. */
  public Instant retryingSince() {
    return retryFrom != null ? retryFrom : createdAt;
  }

  public NotificationStatus status() {
    if (sentAt != null) {
      return NotificationStatus.SENT;
    }
    if (failedAt != null) {
      return NotificationStatus.FAILED;
    }
    return delivery == Delivery.IN_APP ? NotificationStatus.IN_APP : NotificationStatus.PENDING;
  }

  public String id() {
    return id;
  }

  public NotificationKind kind() {
    return kind;
  }

  public String recipientId() {
    return recipientId;
  }

  public String recipientEmail() {
    return recipientEmail;
  }

  public Params params() {
    return Params.decode(params);
  }

  /** For the relay only, when it writes the mail: never shown, never sent anywhere else. */
  public Optional<String> secretForSending() {
    return Optional.ofNullable(secret);
  }

  public Delivery delivery() {
    return delivery;
  }

  public Optional<String> legacySubject() {
    return Optional.ofNullable(legacySubject);
  }

  public Optional<String> legacyBody() {
    return Optional.ofNullable(legacyBody);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant readAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }

  public Instant claimedUntil() {
    return claimedUntil;
  }

  public Instant failedAt() {
    return failedAt;
  }

  public String digestId() {
    return digestId;
  }

  public LocalDate digestDay() {
    return digestDay;
  }
}
