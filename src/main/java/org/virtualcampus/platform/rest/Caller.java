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

  public boolean hasRole(String role) {
    return security.isCallerInRole(role);
  }
}
