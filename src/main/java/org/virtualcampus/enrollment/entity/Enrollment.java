package org.virtualcampus.enrollment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.persistence.Ids;

/**
 * A member's place in one cohort; one row per member and cohort, reused when they ask again after
 * leaving. While waiting it holds a queue ticket (lower tickets go first); holding a seat it has
 * none. An offer must be accepted before its deadline.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "cohort_id")
  private String cohortId;

  @Column(name = "member_id")
  private String memberId;

  @Enumerated(EnumType.STRING)
  private EnrollmentStatus status;

  @Enumerated(EnumType.STRING)
  private EnrollmentSource source;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "queue_ticket")
  private Long queueTicket;

  @Column(name = "offered_at")
  private Instant offeredAt;

  @Column(name = "offer_expires_at")
  private Instant offerExpiresAt;

  @Column(name = "expiry_warned")
  private boolean expiryWarned;

  @Column(name = "enrolled_at")
  private Instant enrolledAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "may_ask_again")
  private boolean mayAskAgain;

  @Version private long version;

  protected Enrollment() {}

  /** A new request; it starts in the queue and the allocator decides the rest. */
  public Enrollment(
      String cohortId,
      String memberId,
      EnrollmentSource source,
      long ticket,
      boolean needsApproval,
      Instant now) {
    this.id = Ids.newId();
    this.cohortId = cohortId;
    this.memberId = memberId;
    this.source = source;
    rejoin(ticket, needsApproval, now);
  }

  /**
   * Asking again after having left: a fresh request at the back of the queue. Someone a coordinator
   * removed may ask again only once a coordinator allows it.
   */
  public void rejoin(long ticket, boolean needsApproval, Instant now) {
    if (status != null && status.isActive()) {
      throw new ConflictException(
          "Already registered", "You already have a place in this cohort (" + status + ").");
    }
    if (status == EnrollmentStatus.REMOVED && !mayAskAgain) {
      throw new ConflictException(
          "Removed from this cohort",
          "A coordinator removed your place in this cohort; you can ask again once a coordinator"
              + " allows it.");
    }
    this.mayAskAgain = false;
    this.status = needsApproval ? EnrollmentStatus.INTERESTED : EnrollmentStatus.WAITLISTED;
    this.queueTicket = ticket;
    this.requestedAt = now;
    this.offeredAt = null;
    this.offerExpiresAt = null;
    this.expiryWarned = false;
    this.enrolledAt = null;
    this.endedAt = null;
  }

  public void approve() {
    requireStatus(EnrollmentStatus.INTERESTED, "approve");
    status = EnrollmentStatus.WAITLISTED;
  }

  /** Leaves the queue with a seat offered until {@code deadline}. */
  public void offer(Instant now, Instant deadline) {
    requireWaiting("offer a seat to");
    status = EnrollmentStatus.OFFERED;
    queueTicket = null;
    offeredAt = now;
    offerExpiresAt = deadline;
    expiryWarned = false;
  }

  /** Leaves the queue with the seat taken at once. */
  public void enroll(Instant now) {
    requireWaiting("enrol");
    status = EnrollmentStatus.ENROLLED;
    queueTicket = null;
    enrolledAt = now;
  }

  public void accept(Instant now) {
    if (status == EnrollmentStatus.OFFERED && isOfferExpired(now)) {
      throw new ConflictException(
          "Offer expired",
          "This seat offer expired at "
              + offerExpiresAt
              + "; the seat goes to the next person waiting.");
    }
    requireStatus(EnrollmentStatus.OFFERED, "accept");
    status = EnrollmentStatus.ENROLLED;
    enrolledAt = now;
  }

  public void decline(Instant now) {
    requireStatus(EnrollmentStatus.OFFERED, "decline");
    end(EnrollmentStatus.DECLINED, now);
  }

  public void expire(Instant now) {
    requireStatus(EnrollmentStatus.OFFERED, "expire");
    end(EnrollmentStatus.EXPIRED, now);
  }

  public void withdraw(Instant now) {
    if (!status.isActive()) {
      throw new ConflictException(
          "Nothing to withdraw from", "You have no active place in this cohort (" + status + ").");
    }
    end(EnrollmentStatus.WITHDRAWN, now);
  }

  public void remove(Instant now) {
    if (!status.isActive()) {
      throw new ConflictException(
          "Nothing to remove", "This member has no active place in the cohort (" + status + ").");
    }
    end(EnrollmentStatus.REMOVED, now);
    mayAskAgain = false;
  }

  /** A coordinator lets someone they removed ask for a seat again. */
  public void allowToAskAgain() {
    requireStatus(EnrollmentStatus.REMOVED, "allow to ask again");
    if (mayAskAgain) {
      throw new ConflictException(
          "Already allowed", "This member may already ask for a seat again.");
    }
    mayAskAgain = true;
  }

  public boolean mayAskAgain() {
    return mayAskAgain;
  }

  /** A new place in the queue; the caller keeps tickets unique while it reorders. */
  public void takeTicket(long ticket) {
    requireWaiting("move");
    queueTicket = ticket;
  }

  public boolean isOfferExpired(Instant now) {
    return status == EnrollmentStatus.OFFERED
        && offerExpiresAt != null
        && !now.isBefore(offerExpiresAt);
  }

  public boolean markExpiryWarned() {
    if (expiryWarned) {
      return false;
    }
    expiryWarned = true;
    return true;
  }

  public Duration waitedUntil(Instant now) {
    return Duration.between(requestedAt, now);
  }

  private void end(EnrollmentStatus ended, Instant now) {
    status = ended;
    queueTicket = null;
    endedAt = now;
  }

  private void requireWaiting(String action) {
    if (!status.isWaiting()) {
      throw new ConflictException(
          "Not waiting", "Cannot " + action + " someone who is " + status + ".");
    }
  }

  private void requireStatus(EnrollmentStatus expected, String action) {
    if (status != expected) {
      throw new ConflictException(
          "Not " + expected.name().toLowerCase(),
          "Cannot " + action + ": the place is " + status + ", not " + expected + ".");
    }
  }

  public String id() {
    return id;
  }

  public String cohortId() {
    return cohortId;
  }

  public String memberId() {
    return memberId;
  }

  public EnrollmentStatus status() {
    return status;
  }

  public EnrollmentSource source() {
    return source;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Long queueTicket() {
    return queueTicket;
  }

  public Instant offeredAt() {
    return offeredAt;
  }

  public Instant offerExpiresAt() {
    return offerExpiresAt;
  }

  public Instant enrolledAt() {
    return enrolledAt;
  }

  public Instant endedAt() {
    return endedAt;
  }
}
