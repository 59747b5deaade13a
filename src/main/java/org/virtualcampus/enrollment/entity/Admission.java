package org.virtualcampus.enrollment.entity;

/** Who may ask for a seat: anyone in the community, or only people invited to the cohort. */
public enum Admission {
  OPEN_TO_COMMUNITY,
  INVITATION_ONLY
}
