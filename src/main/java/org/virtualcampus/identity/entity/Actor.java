package org.virtualcampus.identity.entity;

import java.util.Set;

/** Who is acting, as the services need it for object-level checks. */
public record Actor(String memberId, Set<Role> roles) {
  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean is(Role role) {
    return roles.contains(role);
  }

  /** Coordinators and admins manage every cohort. */
  public boolean managesCohorts() {
    return is(Role.COORDINATOR) || is(Role.ADMIN);
  }
}
