package org.virtualcampus.enrollment.entity;

/** How the member came to the cohort. */
public enum EnrollmentSource {
  REQUEST,
  INVITATION
}
