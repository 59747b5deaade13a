package org.virtualcampus.session.entity;

/** A cancelled session stays on record (calendars show it cancelled) instead of disappearing. */
public enum SessionStatus {
  SCHEDULED,
  CANCELLED
}
