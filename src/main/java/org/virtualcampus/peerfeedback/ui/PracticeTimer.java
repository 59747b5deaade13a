package org.virtualcampus.peerfeedback.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A round's timer as pages show it: the phase now (conversation, feedback, over) and the seconds
 * left in it, by the application's clock; a small script counts down from there between polls.
 */
@Named
@ApplicationScoped
public class PracticeTimer {
  @Inject Clock clock;

  /** CONVERSATION, FEEDBACK or OVER; null before the first round. */
  public String phase(Instant conversationEndsAt, Instant feedbackEndsAt) {
    if (conversationEndsAt == null || feedbackEndsAt == null) {
      return null;
    }
    Instant now = clock.instant();
    if (now.isBefore(conversationEndsAt)) {
      return "CONVERSATION";
    }
    return now.isBefore(feedbackEndsAt) ? "FEEDBACK" : "OVER";
  }

  /** Seconds left in the phase under way; 0 when the round is over. */
  public long secondsLeft(Instant conversationEndsAt, Instant feedbackEndsAt) {
    String phase = phase(conversationEndsAt, feedbackEndsAt);
    if (phase == null || "OVER".equals(phase)) {
      return 0;
    }
    Instant end = "CONVERSATION".equals(phase) ? conversationEndsAt : feedbackEndsAt;
    return Math.max(0, Duration.between(clock.instant(), end).getSeconds());
  }

  /** "7:05": minutes and seconds, as the countdown script writes them too. */
  public String clockText(long seconds) {
    return (seconds / 60) + ":" + String.format("%02d", seconds % 60);
  }
}
