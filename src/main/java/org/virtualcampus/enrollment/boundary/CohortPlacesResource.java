package org.virtualcampus.enrollment.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.PageResponse;

/** Asking for a seat in a cohort and its roster. */
@ApplicationScoped
@Path("cohorts/{id}/enrollments")
@Tag(name = "Cohorts", description = "Runs of a course: seats, waitlist, invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortPlacesResource {
  @Inject SeatRequestQueue seatRequests;
  @Inject Waitlists waitlists;
  @Inject CurrentActor caller;

  @POST
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Ask for a seat",
      description =
          "ENROLLED or OFFERED when a seat is free, else WAITLISTED with a position; 409 when the cohort takes no requests or you are already registered.")
  @APIResponse(
      responseCode = "201",
      description = "The caller's place; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentView")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response requestSeat(@PathParam("id") String id, @Context UriInfo uri) {
    EnrollmentView place = seatRequests.ask(id, caller.memberId(), EnrollmentSource.REQUEST);
    return Response.created(uri.getBaseUriBuilder().path("enrollments").path(place.id()).build())
        .entity(place)
        .build();
  }

  @GET
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Roster",
      description = "Places in the cohort, filtered by status (default: ENROLLED and OFFERED).")
  @APIResponse(
      responseCode = "200",
      description = "One page of places",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EnrollmentViewPage")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public PageResponse<EnrollmentView> roster(
      @PathParam("id") String id,
      @QueryParam("status") List<String> status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Set<EnrollmentStatus> statuses = EnumSet.noneOf(EnrollmentStatus.class);
    for (String s : status) {
      for (String part : s.split(",")) {
        statuses.add(Cohorts.parse(EnrollmentStatus.class, part, "status"));
      }
    }
    if (statuses.isEmpty()) {
      statuses.addAll(EnrollmentStatus.HOLDING_SEAT);
    }
    return PageResponse.of(
        waitlists.roster(id, caller.get(), statuses, PageRequest.parse(page, size)));
  }
}
