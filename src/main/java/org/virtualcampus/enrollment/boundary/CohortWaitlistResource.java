package org.virtualcampus.enrollment.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_LARGE;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;
import static org.virtualcampus.platform.rest.ApiComponents.UNSUPPORTED_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.PageResponse;

/** A cohort's waitlist and its history. */
@ApplicationScoped
@Path("cohorts/{id}/waitlist")
@Tag(name = "Cohorts", description = "Runs of a course: seats, waitlist, invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortWaitlistResource {
  @Inject Waitlists waitlists;
  @Inject WaitlistBulk bulk;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "The waitlist in order",
      description = "Positions 1..n; people awaiting approval are INTERESTED.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the waitlist",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentViewPage")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public PageResponse<EnrollmentView> waitlist(
      @PathParam("id") String id,
      @Parameter(description = "part of the name, any case") @QueryParam("q") String q,
      @Parameter(description = "one profession, such as NURSE") @QueryParam("profession")
          String profession,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageResponse.of(
        waitlists.waitlist(id, caller.get(), q, profession, PageRequest.parse(page, size)));
  }

  @POST
  @Path("removals")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Remove several people at once",
      description =
          "Removes each listed place (waiting or holding a seat) with the same reason, as single"
              + " removals would, all or nothing; at most 200 at a time.")
  @APIResponse(
      responseCode = "200",
      description = "How many people were removed",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkResult")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public BulkResult removeSeveral(@PathParam("id") String id, ActionBodies.Removals body) {
    return new BulkResult(
        bulk.removeAll(
            id,
            body == null ? null : body.enrollmentIds(),
            caller.get(),
            body == null ? null : body.reason()));
  }

  @GET
  @Path("history")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Every change to the waitlist",
      description = "Who, when and why; newest first.")
  @APIResponse(
      responseCode = "200",
      description = "One page of waitlist events",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "WaitlistEventViewPage")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public PageResponse<WaitlistEventView> history(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageResponse.of(waitlists.history(id, caller.get(), PageRequest.parse(page, size)));
  }
}
