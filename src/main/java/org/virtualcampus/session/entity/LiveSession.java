package org.virtualcampus.session.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.persistence.Ids;

/**
 * A live session of a cohort. Every change a calendar must show raises its sequence, so calendar
 * apps that already have the event (same UID) replace it instead of adding a second one.
 */
@Entity
@Table(name = "live_session")
public class LiveSession {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "cohort_id")
  private String cohortId;

  @Column(name = "series_id")
  private String seriesId;

  @Enumerated(EnumType.STRING)
  private SessionKind kind;

  private String title;

  @Column(name = "starts_at")
  private Instant startsAt;

  private int minutes;

  @Column(name = "join_url")
  private String joinUrl;

  @Column(name = "facilitator_id")
  private String facilitatorId;

  private String description;

  @Enumerated(EnumType.STRING)
  private SessionStatus status;

  private int sequence;

  @Column(name = "created_at")
  private Instant createdAt;

  /** Module items of the cohort's course, in the facilitator's order. */
  @ElementCollection
  @CollectionTable(name = "session_material", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "item_id")
  @OrderColumn(name = "position")
  @BatchFetch(BatchFetchType.IN)
  private List<String> materials = new ArrayList<>();

  @Version private long version;

  protected LiveSession() {}

  public LiveSession(String cohortId, String seriesId, SessionPlan plan, Instant now) {
    this.id = Ids.newId();
    this.cohortId = cohortId;
    this.seriesId = seriesId;
    this.status = SessionStatus.SCHEDULED;
    this.createdAt = now;
    apply(plan);
  }

  /** Changes what the session is; a change calendars must show raises the sequence. */
  public void change(SessionPlan plan) {
    requireScheduled();
    if (!plan.equals(plan())) {
      apply(plan);
      sequence++;
    }
  }

  /** The session's materials from now on; the caller checked they are items of its course. */
  public void useMaterials(List<String> itemIds) {
    requireScheduled();
    if (!materials.equals(itemIds)) {
      materials.clear();
      materials.addAll(itemIds);
    }
  }

  public List<String> materials() {
    return List.copyOf(materials);
  }

  public void cancel() {
    requireScheduled();
    status = SessionStatus.CANCELLED;
    sequence++;
  }

  private void requireScheduled() {
    if (status == SessionStatus.CANCELLED) {
      throw new ConflictException("Cancelled", "This session is cancelled; schedule a new one.");
    }
  }

  private void apply(SessionPlan plan) {
    this.kind = plan.kind();
    this.title = plan.title().strip();
    this.startsAt = plan.startsAt();
    this.minutes = plan.minutes();
    this.joinUrl = blankAsNull(plan.joinUrl());
    this.facilitatorId = blankAsNull(plan.facilitatorId());
    this.description = blankAsNull(plan.description());
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public SessionPlan plan() {
    return new SessionPlan(kind, title, startsAt, minutes, joinUrl, facilitatorId, description);
  }

  public String id() {
    return id;
  }

  public String cohortId() {
    return cohortId;
  }

  public String seriesId() {
    return seriesId;
  }

  public SessionStatus status() {
    return status;
  }

  public int sequence() {
    return sequence;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  public boolean inSeries(String series) {
    return Objects.equals(seriesId, series);
  }
}
