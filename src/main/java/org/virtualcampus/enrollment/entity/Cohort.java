package org.virtualcampus.enrollment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.virtualcampus.platform.error.StaleEditException;
import org.virtualcampus.platform.persistence.Ids;

/**
 * One run of a course with a fixed number of seats. Seats taken (offered plus enrolled) never
 * exceed capacity: the count changes only while the cohort row is locked, and a check constraint
 * backs it. Requests are accepted while the cohort is OPEN and inside its interest window.
 */
@Entity
@Table(name = "cohort")
public class Cohort {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "course_id")
  private String courseId;

  private String name;

  @Embedded private Seats seats = new Seats();

  @Column(name = "interest_opens_at")
  private Instant interestOpensAt;

  @Column(name = "interest_closes_at")
  private Instant interestClosesAt;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "time_zone")
  private String timeZone;

  @Enumerated(EnumType.STRING)
  private CohortStatus status;

  @Enumerated(EnumType.STRING)
  private Admission admission;

  @Enumerated(EnumType.STRING)
  @Column(name = "seat_policy")
  private SeatPolicy seatPolicy;

  @Column(name = "offer_hold_seconds")
  private int offerHoldSeconds;

  @Column(name = "profession_cap_percent")
  private Integer professionCapPercent;

  @Column(name = "coordinator_id")
  private String coordinatorId;

  @Column(name = "created_at")
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "cohort_facilitator", joinColumns = @JoinColumn(name = "cohort_id"))
  @Column(name = "member_id")
  // No initial value: EclipseLink takes a filled-in collection on an instance it builds for a
  // locking read as already loaded, and would then read the facilitators under the cohort lock.
  private Set<String> facilitatorIds;

  @Version private long version;

  /** Counts saved edits of the settings only; seat changes do not touch it (see {@link #edit}). */
  @Column(name = "edit_version")
  private long editVersion;

  protected Cohort() {}

  public Cohort(String courseId, String coordinatorId, CohortPlan plan, Instant now) {
    this.id = Ids.newId();
    this.courseId = courseId;
    this.coordinatorId = coordinatorId;
    this.createdAt = now;
    this.status = CohortStatus.DRAFT;
    this.seats = new Seats(plan.capacity());
    apply(plan);
  }

  /** Everything but capacity and status, which have rules of their own. */
  public void apply(CohortPlan plan) {
    this.name = plan.name().trim();
    this.interestOpensAt = plan.interestOpensAt();
    this.interestClosesAt = plan.interestClosesAt();
    this.startsOn = plan.startsOn();
    this.endsOn = plan.endsOn();
    this.timeZone = plan.timeZone().getId();
    this.admission = plan.admission();
    this.seatPolicy = plan.seatPolicy();
    this.offerHoldSeconds = (int) plan.offerHold().toSeconds();
    this.professionCapPercent = plan.professionCapPercent();
    this.facilitatorIds = new HashSet<>(plan.facilitatorIds());
  }

  /**
   * Saves an edit of the settings made on the version {@code readVersion}. An edit based on an
   * older version is refused with the fields whose current values differ from the edit, so nobody
   * overwrites changes they have not seen; seats taken meanwhile do not make an edit stale.
   */
  public void edit(CohortPlan plan, long readVersion) {
    if (readVersion != editVersion) {
      throw new StaleEditException("cohort", editVersion, plan().changesFrom(plan));
    }
    boolean changed = !plan().changesFrom(plan).isEmpty();
    changeCapacity(plan.capacity());
    apply(plan);
    if (changed) {
      editVersion++;
    }
  }

  /** The current settings, as an edit would send them. */
  public CohortPlan plan() {
    return new CohortPlan(
        name,
        seats.capacity(),
        interestOpensAt,
        interestClosesAt,
        startsOn,
        endsOn,
        timeZone(),
        admission,
        seatPolicy,
        offerHold(),
        professionCapPercent,
        facilitatorIds());
  }

  /** Capacity can grow at any time; it can shrink only down to the seats already taken. */
  public void changeCapacity(int newCapacity) {
    seats.changeCapacity(newCapacity);
  }

  public void moveTo(CohortStatus next) {
    this.status = status.moveTo(next);
  }

  /** Why nobody can ask for a seat now, or empty when requests are accepted. */
  public Optional<String> refusesRequests(Instant now) {
    return window().refusesRequests(now);
  }

  /** Why an invitee's "interested" cannot be recorded now, or empty (see {@link RequestWindow}). */
  public Optional<String> refusesInterest(Instant now) {
    return window().refusesInterest(now);
  }

  /** Why seats cannot be given, offered or accepted now, or empty (see {@link RequestWindow}). */
  public Optional<String> refusesSeating(Instant now) {
    return window().refusesSeating(now);
  }

  /** CANCELLED or COMPLETED: nothing about seats changes any more. */
  public boolean isOver() {
    return status.isOver();
  }

  private RequestWindow window() {
    return new RequestWindow(status, interestOpensAt, interestClosesAt, timeZone());
  }

  public boolean hasFreeSeat() {
    return seats.hasFree();
  }

  public void takeSeat() {
    seats.take(id);
  }

  public void freeSeat() {
    seats.free(id);
  }

  /** The next place at the back of the queue. */
  public long drawTicket() {
    return seats.drawTicket();
  }

  /** Most seats one profession may hold, when the cohort caps professions (at least one). */
  public Optional<Integer> professionSeatLimit() {
    return professionCapPercent == null
        ? Optional.empty()
        : Optional.of(seats.shareOf(professionCapPercent));
  }

  public Instant offerDeadline(Instant now) {
    return now.plus(offerHold());
  }

  public boolean isFacilitatedBy(String memberId) {
    return facilitatorIds.contains(memberId);
  }

  public String id() {
    return id;
  }

  public String courseId() {
    return courseId;
  }

  public String name() {
    return name;
  }

  public int capacity() {
    return seats.capacity();
  }

  public int seatsTaken() {
    return seats.taken();
  }

  public int seatsFree() {
    return seats.capacity() - seats.taken();
  }

  public Instant interestOpensAt() {
    return interestOpensAt;
  }

  public Instant interestClosesAt() {
    return interestClosesAt;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public CohortStatus status() {
    return status;
  }

  public Admission admission() {
    return admission;
  }

  public SeatPolicy seatPolicy() {
    return seatPolicy;
  }

  public Duration offerHold() {
    return Duration.ofSeconds(offerHoldSeconds);
  }

  public Integer professionCapPercent() {
    return professionCapPercent;
  }

  public String coordinatorId() {
    return coordinatorId;
  }

  public Set<String> facilitatorIds() {
    return Set.copyOf(facilitatorIds);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long editVersion() {
    return editVersion;
  }
}
