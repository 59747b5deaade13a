package org.virtualcampus.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.identity.boundary.Members;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * The signed-in member as the pages show them (name, roles, time zone); who may do what comes from
 * {@link CurrentActor}.
 */
@Named
@RequestScoped
public class CurrentMember {
  @Inject CurrentActor actor;
  @Inject Members members;
  @Inject PageMessages messages;

  public Member get() {
    return members.signedIn(actor).orElse(null);
  }

  public boolean isSignedIn() {
    return actor.isSignedIn();
  }

  public String getId() {
    return isSignedIn() ? actor.memberId() : null;
  }

  public String getDisplayName() {
    return isSignedIn() ? get().displayName() : "";
  }

  /** "Educator, Admin": the roles in the viewer's words, in the order of {@link Role}. */
  public String getRoleNames() {
    return String.join(
        ", ",
        actor.get().roles().stream().sorted().map(r -> messages.text("role." + r.name())).toList());
  }

  public boolean is(String role) {
    return actor.has(Role.valueOf(role));
  }

  public boolean isAdmin() {
    return actor.has(Role.ADMIN);
  }

  public boolean isCoordinator() {
    return actor.get().managesCohorts();
  }

  public boolean isFacilitator() {
    return actor.has(Role.FACILITATOR);
  }

  public ZoneId getZoneId() {
    return isSignedIn() ? get().timeZone() : ZoneId.of("UTC");
  }
}
