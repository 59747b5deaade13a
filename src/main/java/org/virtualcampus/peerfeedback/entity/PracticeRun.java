package org.virtualcampus.peerfeedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.virtualcampus.platform.error.ConflictException;

/**
 * The practice of one peer feedback session: the model and scenario it uses, the phase lengths, and
 * the round under way (0 before the first). Rounds follow each other; a group of k members plays k
 * rounds, so the run has as many as its largest group.
 */
@Entity
@Table(name = "practice_run")
public class PracticeRun {
  @Id
  @Column(name = "session_id", length = 36)
  private String sessionId;

  @Column(name = "model_id")
  private String modelId;

  @Column(name = "scenario_item_id")
  private String scenarioItemId;

  @Column(name = "conversation_minutes")
  private int conversationMinutes;

  @Column(name = "feedback_minutes")
  private int feedbackMinutes;

  private int round;

  @Column(name = "round_started_at")
  private Instant roundStartedAt;

  @Column(name = "formed_at")
  private Instant formedAt;

  @Column(name = "formed_by")
  private String formedBy;

  @Version private long version;

  protected PracticeRun() {}

  public PracticeRun(
      String sessionId,
      String modelId,
      String scenarioItemId,
      int conversationMinutes,
      int feedbackMinutes,
      String formedBy,
      Instant now) {
    this.sessionId = sessionId;
    this.modelId = modelId;
    this.scenarioItemId = scenarioItemId;
    this.conversationMinutes = conversationMinutes;
    this.feedbackMinutes = feedbackMinutes;
    this.formedBy = formedBy;
    this.formedAt = now;
  }

  /** Starts the next round; there are as many as members in the largest group. */
  public int startNextRound(int largestGroup, Instant now) {
    if (round >= largestGroup) {
      throw new ConflictException(
          "All rounds held", "Every member has been giver once; the practice is complete.");
    }
    round++;
    roundStartedAt = now;
    return round;
  }

  /** Until then the pair talks; then the group gives feedback on the feedback. */
  public Instant conversationEndsAt() {
    return roundStartedAt == null
        ? null
        : roundStartedAt.plus(Duration.ofMinutes(conversationMinutes));
  }

  public Instant feedbackEndsAt() {
    return roundStartedAt == null
        ? null
        : conversationEndsAt().plus(Duration.ofMinutes(feedbackMinutes));
  }

  public boolean started() {
    return round > 0;
  }

  public String sessionId() {
    return sessionId;
  }

  public String modelId() {
    return modelId;
  }

  public String scenarioItemId() {
    return scenarioItemId;
  }

  public int conversationMinutes() {
    return conversationMinutes;
  }

  public int feedbackMinutes() {
    return feedbackMinutes;
  }

  public int round() {
    return round;
  }

  public Instant roundStartedAt() {
    return roundStartedAt;
  }
}
