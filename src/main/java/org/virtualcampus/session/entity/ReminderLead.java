package org.virtualcampus.session.entity;

import java.time.Duration;

/** How long before a session its people are reminded. */
public enum ReminderLead {
  DAY(Duration.ofHours(24)),
  HOUR(Duration.ofHours(1));

  private final Duration before;

  ReminderLead(Duration before) {
    this.before = before;
  }

  public Duration before() {
    return before;
  }
}
