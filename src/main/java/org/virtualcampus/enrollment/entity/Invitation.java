package org.virtualcampus.enrollment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.persistence.Ids;

/**
 * A coordinator's invitation of one e-mail address to one cohort. Only a hash of the link's token
 * is stored, so a database dump does not let anyone answer invitations. A link works until it
 * expires; the answer can be given once.
 */
@Entity
@Table(name = "invitation")
public class Invitation {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "cohort_id")
  private String cohortId;

  private String email;

  @Column(name = "email_normalized")
  private String emailNormalized;

  @Column(name = "invitee_name")
  private String inviteeName;

  @Column(name = "token_hash")
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  private InvitationStatus status;

  @Column(name = "invited_by")
  private String invitedBy;

  @Column(name = "invited_at")
  private Instant invitedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "member_id")
  private String memberId;

  @Version private long version;

  protected Invitation() {}

  public Invitation(
      String cohortId,
      String email,
      String inviteeName,
      String tokenHash,
      String invitedBy,
      Instant now,
      Instant expiresAt) {
    this.id = Ids.newId();
    this.cohortId = cohortId;
    this.email = email.trim();
    this.emailNormalized = Member.normalize(email);
    this.inviteeName = inviteeName == null || inviteeName.isBlank() ? null : inviteeName.trim();
    this.tokenHash = tokenHash;
    this.status = InvitationStatus.SENT;
    this.invitedBy = invitedBy;
    this.invitedAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /**
   * Whether this invitation lets its invitee into an invitation-only cohort: once they said they
   * are interested, or while it is unanswered and has not expired.
   */
  public boolean admits(Instant now) {
    return switch (status) {
      case INTERESTED -> true;
      case DECLINED -> false;
      case SENT, OPENED -> !isExpired(now);
    };
  }

  public void open(Instant now) {
    if (status == InvitationStatus.SENT) {
      status = InvitationStatus.OPENED;
      openedAt = now;
    }
  }

  public void answer(boolean interested, String memberId, Instant now) {
    if (isExpired(now)) {
      throw new ConflictException(
          "Invitation expired", "This invitation link expired; ask the coordinator for a new one.");
    }
    if (status == InvitationStatus.INTERESTED || status == InvitationStatus.DECLINED) {
      throw new ConflictException(
          "Already answered", "This invitation was already answered (" + status + ").");
    }
    open(now);
    status = interested ? InvitationStatus.INTERESTED : InvitationStatus.DECLINED;
    answeredAt = now;
    this.memberId = memberId;
  }

  public String id() {
    return id;
  }

  public String cohortId() {
    return cohortId;
  }

  public String email() {
    return email;
  }

  public String emailNormalized() {
    return emailNormalized;
  }

  public String inviteeName() {
    return inviteeName;
  }

  public InvitationStatus status() {
    return status;
  }

  public String invitedBy() {
    return invitedBy;
  }

  public Instant invitedAt() {
    return invitedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public String memberId() {
    return memberId;
  }
}
