package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.security.RequestCaller;

/**
 * The one source of who is acting in this request, for resources, page beans and every feature's
 * object-level checks. The member id is the container's caller principal; the roles are the
 * caller's groups, which the identity store read from the members table for this very request (with
 * the bearer token, or with the page session's check), so a role an admin grants or takes away
 * counts at once, whether the caller came through the API or a page session. The member's own
 * record is read only when asked for.
 */
@RequestScoped
public class CurrentActor {
  @Inject SecurityContext security;
  @Inject MemberQueries members;
  @Inject HttpServletRequest request;

  private Actor actor;
  private Optional<Member> member;

  /** The caller with their current roles; an anonymous caller has no id and no roles. */
  public Actor get() {
    if (actor == null) {
      Principal principal = security.getCallerPrincipal();
      Set<Role> roles = EnumSet.noneOf(Role.class);
      if (principal != null) {
        Optional<RequestCaller> caller = RequestCaller.of(request);
        for (Role role : Role.values()) {
          if (caller.isPresent()
              ? caller.get().roles().contains(role.name())
              : security.isCallerInRole(role.name())) {
            roles.add(role);
          }
        }
      }
      actor = new Actor(principal == null ? null : principal.getName(), roles);
    }
    return actor;
  }

  public String memberId() {
    return get().memberId();
  }

  public boolean isSignedIn() {
    return get().memberId() != null;
  }

  public boolean has(Role role) {
    return get().is(role);
  }

  /** The signed-in member's own record, for identity's pages (profile, display name, zone). */
  Optional<Member> member() {
    if (member == null) {
      member = members.byId(get().memberId());
    }
    return member;
  }
}
