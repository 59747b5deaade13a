package org.virtualcampus.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.identity.entity.Role;

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
  public Actor actor() {
    var roles = EnumSet.noneOf(Role.class);
    for (var role : Role.values()) {
      if (security.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return new Actor(memberId(), roles);
  }

  public boolean hasRole(String role) {
    return security.isCallerInRole(role);
  }
}
