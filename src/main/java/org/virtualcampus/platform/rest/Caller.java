package org.virtualcampus.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is calling: the member id (the caller principal's name) and their roles. */
@RequestScoped
public class Caller {
  @Inject SecurityContext security;

  public String memberId() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean isSignedIn() {
    return memberId() != null;
  }

  /** The caller for the services' object-level checks. */
  public org.virtualcampus.identity.entity.Actor actor() {
    var roles = java.util.EnumSet.noneOf(org.virtualcampus.identity.entity.Role.class);
    for (var role : org.virtualcampus.identity.entity.Role.values()) {
      if (security.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return new org.virtualcampus.identity.entity.Actor(memberId(), roles);
  }

  public boolean hasRole(String role) {
    return security.isCallerInRole(role);
  }
}
