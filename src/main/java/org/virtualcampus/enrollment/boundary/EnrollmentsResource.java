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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.PageResponse;

@ApplicationScoped
@Path("enrollments")
@Tag(name = "Enrollments", description = "Seats, offers and the waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentsResource {
  @Inject Places places;
  @Inject Seating seating;
  @Inject Waitlists waitlists;
  @Inject CurrentActor caller;

  @GET
  @Path("mine")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "myEnrollments",
      summary = "My places in cohorts",
      description = "With waitlist position while waiting.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the caller's places",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentViewPage")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public PageResponse<EnrollmentView> mine(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return PageResponse.of(waitlists.mine(caller.get(), PageRequest.parse(page, size)));
  }

  @POST
  @Path("{id}/accept")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(summary = "Accept my seat offer", description = "409 once the offer has expired.")
  @APIResponse(
      responseCode = "200",
      description = "The place, now ENROLLED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentView")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public EnrollmentView accept(@PathParam("id") String id) {
    return waitlists.withPosition(places.accept(id, caller.get()));
  }

  @POST
  @Path("{id}/decline")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Decline my seat offer",
      description = "The seat goes to the next person waiting.")
  @APIResponse(
      responseCode = "200",
      description = "The declined place",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentView")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public EnrollmentView decline(@PathParam("id") String id) {
    return waitlists.withPosition(places.decline(id, caller.get()));
  }

  @POST
  @Path("{id}/withdraw")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Withdraw",
      description = "Leaves the cohort or its waitlist; a held seat goes to the next person.")
  @APIResponse(
      responseCode = "200",
      description = "The withdrawn place",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentView")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public EnrollmentView withdraw(@PathParam("id") String id) {
    return waitlists.withPosition(places.withdraw(id, caller.get()));
  }

  @POST
  @Path("{id}/promote")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Promote now",
      description =
          "Gives a free seat to this waiting person ahead of the line; reason required; 409 when no seat is free.")
  @APIResponse(
      responseCode = "200",
      description = "The promoted place",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public EnrollmentView promote(@PathParam("id") String id, ActionBodies.Reason body) {
    return waitlists.withPosition(
        seating.promote(id, caller.get(), body == null ? null : body.reason()));
  }

  @POST
  @Path("{id}/remove")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "Remove from the cohort or waitlist", description = "Reason required.")
  @APIResponse(
      responseCode = "200",
      description = "The removed place",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public EnrollmentView remove(@PathParam("id") String id, ActionBodies.Reason body) {
    return waitlists.withPosition(
        seating.remove(id, caller.get(), body == null ? null : body.reason()));
  }

  @POST
  @Path("{id}/allow-to-ask-again")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Let a removed member ask again",
      description =
          "Someone a coordinator removed cannot ask for a seat again until this; reason required,"
              + " kept in the history.")
  @APIResponse(
      responseCode = "200",
      description = "The removed place, which may now ask again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public EnrollmentView allowToAskAgain(@PathParam("id") String id, ActionBodies.Reason body) {
    return waitlists.withPosition(
        seating.allowToAskAgain(id, caller.get(), body == null ? null : body.reason()));
  }

  @POST
  @Path("{id}/approve")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Approve an applicant",
      description = "For cohorts that need approval; they then get a seat in queue order.")
  @APIResponse(
      responseCode = "200",
      description = "The approved place",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentView")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public EnrollmentView approve(@PathParam("id") String id) {
    return waitlists.withPosition(seating.approve(id, caller.get()));
  }

  @POST
  @Path("{id}/move")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Move one place up or down the waitlist",
      description = "direction UP or DOWN; reason required.")
  @APIResponse(
      responseCode = "200",
      description = "The moved place with its new position",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public EnrollmentView move(@PathParam("id") String id, ActionBodies.Move body) {
    String direction =
        body == null || body.direction() == null ? "" : body.direction().trim().toUpperCase();
    if (!direction.equals("UP") && !direction.equals("DOWN")) {
      throw new InvalidInputException("direction", "direction must be UP or DOWN");
    }
    return waitlists.withPosition(
        seating.move(id, caller.get(), direction.equals("UP"), body.reason()));
  }
}
