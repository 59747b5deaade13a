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
      actor =
          RequestCaller.of(request)
              .map(caller -> new Actor(caller.memberId(), roles(caller.roles()::contains)))
              .orElseGet(this::fromContainer);
    }
    return actor;
  }

  /** A request the mechanism did not see through (none today; kept as the container's answer). */
  private Actor fromContainer() {
    Principal principal = security.getCallerPrincipal();
    return principal == null
        ? new Actor(null, EnumSet.noneOf(Role.class))
        : new Actor(principal.getName(), roles(security::isCallerInRole));
  }

  private static Set<Role> roles(java.util.function.Predicate<String> held) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (held.test(role.name())) {
        roles.add(role);
      }
    }
    return roles;
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
