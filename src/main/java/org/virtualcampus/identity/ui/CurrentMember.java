package org.virtualcampus.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Set;
import java.util.TimeZone;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.identity.entity.Member;

/** The signed-in member as the pages see them; times on pages are shown in their time zone. */
@Named
@RequestScoped
public class CurrentMember {
  @Inject SecurityContext security;
  @Inject MemberQueries members;

  private Member member;
  private boolean loaded;

  public Member get() {
    if (!loaded) {
      Principal principal = security.getCallerPrincipal();
      member = principal == null ? null : members.byId(principal.getName()).orElse(null);
      loaded = true;
    }
    return member;
  }

  public Actor actor() {
    return new Actor(getId(), isSignedIn() ? member.roles() : Set.of());
  }

  public boolean isSignedIn() {
    return get() != null;
  }

  public String getId() {
    return isSignedIn() ? member.id() : null;
  }

  public String getDisplayName() {
    return isSignedIn() ? member.displayName() : "";
  }

  public String getRoleNames() {
    return isSignedIn()
        ? String.join(", ", member.roles().stream().map(Enum::name).sorted().toList())
        : "";
  }

  public boolean is(String role) {
    return security.isCallerInRole(role);
  }

  public boolean isAdmin() {
    return is("ADMIN");
  }

  public boolean isCoordinator() {
    return is("COORDINATOR") || isAdmin();
  }

  public boolean isFacilitator() {
    return is("FACILITATOR");
  }

  public ZoneId getZoneId() {
    return isSignedIn() ? member.timeZone() : ZoneId.of("UTC");
  }

  /** For f:convertDateTime's timeZone attribute. */
  public TimeZone getTimeZone() {
    return TimeZone.getTimeZone(getZoneId());
  }
}
