package org.virtualcampus.identity.entity;

/** What a member may do. A member can hold several roles. */
public enum Role {
  EDUCATOR,
  FACILITATOR,
  COORDINATOR,
  ADMIN
}
