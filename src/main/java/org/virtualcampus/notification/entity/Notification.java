package org.virtualcampus.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.virtualcampus.platform.persistence.Ids;
import org.virtualcampus.platform.persistence.WriteOrder;

/**
 * One message in the outbox. Sent at most once; a failed send is retried until {@link
 * #MAX_ATTEMPTS} tries have failed, then the relay gives up and the message counts as failed.
 *
 * <p>{@code claimedUntil} is the time before which no relay may pick the message up: a relay that
 * claims it sets it to the end of its sending window, and a failure sets it to the moment the next
 * try is due, so several instances relaying at once neither send twice nor retry too early.
 */
@Entity
@Table(name = "notification")
public class Notification {
  public static final int MAX_ATTEMPTS = 8;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "seq", updatable = false)
  private Long seq;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  @Column(name = "recipient_id")
  private String recipientId;

  @Column(name = "recipient_email")
  private String recipientEmail;

  private String subject;
  private String body;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  protected Notification() {}

  public Notification(
      NotificationKind kind,
      String recipientId,
      String recipientEmail,
      String subject,
      String body,
      Instant now) {
    this.id = Ids.newId();
    this.seq = WriteOrder.next();
    this.kind = kind;
    this.recipientId = recipientId;
    this.recipientEmail = recipientEmail;
    this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
    this.body = body.length() > 8000 ? body.substring(0, 8000) : body;
    this.createdAt = now;
  }

  public void markSent(Instant now) {
    sentAt = now;
    claimedUntil = null;
    lastError = null;
  }

  /**
   * Counts a failed try. Until the last allowed try the message waits for {@code retryNotBefore};
   * after it nothing picks it up again. A message sent meanwhile (by a relay whose claim outlived
   * ours) stays sent.
   */
  public void markFailed(String error, Instant retryNotBefore) {
    if (sentAt != null) {
      return;
    }
    attempts++;
    claimedUntil = attempts >= MAX_ATTEMPTS ? null : retryNotBefore;
    lastError =
        error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
  }

  public NotificationStatus status() {
    if (sentAt != null) {
      return NotificationStatus.SENT;
    }
    return attempts >= MAX_ATTEMPTS ? NotificationStatus.FAILED : NotificationStatus.PENDING;
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

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
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
}
