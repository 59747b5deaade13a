package org.virtualcampus.learning.entity;

/** When a module's homework counts towards completing the module: a course setting. */
public enum HomeworkCompletion {
  /** Once handed in (any version), whatever the feedback. */
  SUBMITTED,
  /** Only once a reviewer accepted it and released the feedback. */
  ACCEPTED
}
