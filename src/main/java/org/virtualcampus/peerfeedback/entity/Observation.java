package org.virtualcampus.peerfeedback.entity;

/** How far the observer saw a model element: the three points of every checklist. */
public enum Observation {
  OBSERVED,
  PARTLY,
  NOT_OBSERVED
}
