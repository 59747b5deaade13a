package org.virtualcampus.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Profession;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.FieldError;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.Caller;
import org.virtualcampus.platform.rest.PageResponse;

@Path("members")
@Tag(name = "Members", description = "Accounts, profiles and roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

  @Inject Members members;
  @Inject Caller caller;

  @POST
  @PermitAll
  @Operation(
      summary = "Sign up",
      description =
          "Creates an EDUCATOR account. 403 when self sign-up is switched off, 409 when the e-mail is taken.")
  public Response signUp(SignUpForm form, @Context UriInfo uri) {
    Member created = members.signUp(form);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(MemberView.of(created))
        .build();
  }

  @GET
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  @Operation(
      summary = "Find members",
      description = "Name or e-mail contains q; optional role filter; paged.")
  public PageResponse<MemberView> search(
      @QueryParam("q") String q,
      @QueryParam("role") String role,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageResponse.of(
        members
            .search(q, parseRole(role, "role"), PageRequest.parse(page, size))
            .map(MemberView::of));
  }

  @GET
  @Path("me")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(summary = "My account")
  public MemberView me() {
    return MemberView.of(members.require(caller.memberId()));
  }

  @PUT
  @Path("me")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(summary = "Update my profile")
  public MemberView updateMe(ProfileForm form) {
    return MemberView.of(members.updateProfile(caller.memberId(), form));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "One member",
      description = "Admins and coordinators see anyone; others only themselves.")
  public MemberView one(@PathParam("id") String id) {
    if (!id.equals(caller.memberId())
        && !caller.hasRole("ADMIN")
        && !caller.hasRole("COORDINATOR")) {
      throw new AccessDeniedException("You may only read your own account.");
    }
    return MemberView.of(members.require(id));
  }

  @PUT
  @Path("{id}/roles")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Replace a member's roles")
  public MemberView changeRoles(@PathParam("id") String id, RolesChange change) {
    if (change == null || change.roles() == null || change.roles().isEmpty()) {
      throw new InvalidInputException("roles", "a member needs at least one role");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : change.roles()) {
      roles.add(parseRole(r, "roles"));
    }
    return MemberView.of(members.changeRoles(id, roles));
  }

  @GET
  @Path("professions")
  @PermitAll
  @Operation(summary = "The professions a profile can name")
  public List<String> professions() {
    return java.util.Arrays.stream(Profession.values()).map(Enum::name).toList();
  }

  private static Role parseRole(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "Unknown role " + value,
          List.of(
              new FieldError(
                  field,
                  "unknown role '"
                      + value
                      + "'; use EDUCATOR, FACILITATOR, COORDINATOR or ADMIN")));
    }
  }
}
