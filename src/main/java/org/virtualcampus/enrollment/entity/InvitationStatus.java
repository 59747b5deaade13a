package org.virtualcampus.enrollment.entity;

/** SENT → OPENED (the link was followed) → INTERESTED or DECLINED. */
public enum InvitationStatus {
  SENT,
  OPENED,
  INTERESTED,
  DECLINED
}
