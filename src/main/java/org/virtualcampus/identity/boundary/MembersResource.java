package org.virtualcampus.identity.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_ACCEPTABLE;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_LARGE;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_MANY;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;
import static org.virtualcampus.platform.rest.ApiComponents.UNSUPPORTED_TYPE;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Profession;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.error.FieldError;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.PageResponse;

@ApplicationScoped
@Path("members")
@Tag(name = "Members", description = "Accounts, profiles and roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

  @Inject Members members;
  @Inject CurrentActor caller;

  @POST
  @PermitAll
  @Operation(
      summary = "Sign up",
      description =
          "Creates an EDUCATOR account. 403 when self sign-up is switched off, 409 when the e-mail is taken.")
  @APIResponse(
      responseCode = "201",
      description = "The new account; Location names it",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MemberView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  @APIResponse(responseCode = "429", ref = TOO_MANY)
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
  @APIResponse(
      responseCode = "200",
      description = "One page of members",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "MemberViewPage")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
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
  @APIResponse(
      responseCode = "200",
      description = "The caller's account",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MemberView")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public MemberView me() {
    return MemberView.of(members.require(caller.memberId()));
  }

  @PUT
  @Path("me")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(summary = "Update my profile")
  @APIResponse(
      responseCode = "200",
      description = "The updated account",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MemberView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public MemberView updateMe(ProfileForm form) {
    return MemberView.of(members.updateProfile(caller.memberId(), form));
  }

  @PUT
  @Path("me/password")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Change my password",
      description =
          "Checks the current password, sets the new one, ends every page session of the member"
              + " and revokes all their API tokens (this one included): get a new token with the new"
              + " password.")
  @APIResponse(
      responseCode = "200",
      description = "The account",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MemberView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public MemberView changePassword(PasswordChange change) {
    if (change == null || change.currentPassword() == null || change.newPassword() == null) {
      throw new InvalidInputException(
          "Current and new password are required",
          List.of(
              new FieldError("currentPassword", "the current password is required"),
              new FieldError("newPassword", "a new password is required")));
    }
    return MemberView.of(
        members.changePassword(caller.memberId(), change.currentPassword(), change.newPassword()));
  }

  @POST
  @Path("me/sign-out-everywhere")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Sign out everywhere",
      description =
          "Ends every page session of the member on every instance and revokes all their API"
              + " tokens, this one included.")
  @APIResponse(
      responseCode = "200",
      description = "How many tokens were revoked",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Revocation")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public Revocation signOutEverywhere() {
    return members.signOutEverywhere(caller.memberId());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "oneMember",
      summary = "One member",
      description = "Admins and coordinators see anyone; others only themselves.")
  @APIResponse(
      responseCode = "200",
      description = "The member",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MemberView")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public MemberView one(@PathParam("id") String id) {
    return MemberView.of(members.readable(id, caller.get()));
  }

  @PUT
  @Path("{id}/roles")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Replace a member's roles")
  @APIResponse(
      responseCode = "200",
      description = "The member with the new roles",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MemberView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
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
  @APIResponse(
      responseCode = "200",
      description = "The profession names",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)))
  @APIResponse(responseCode = "406", ref = NOT_ACCEPTABLE)
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
