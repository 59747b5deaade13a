package org.virtualcampus.peerfeedback.boundary;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** The groups a session's staff plan before it starts, from the cohort's enrolled members. */
@ApplicationScoped
@Path("sessions/{sessionId}/practice/plan")
@Tag(name = "Peer feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
public class PracticePlansResource {
  @Inject PracticePlans plans;
  @Inject CurrentActor caller;

  @GET
  @Operation(operationId = "practicePlan", summary = "The groups planned for a practice session")
  @APIResponse(
      responseCode = "200",
      description = "The plan (no groups before one is made)",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PracticePlan")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public PracticePlan plan(@PathParam("sessionId") String sessionId) {
    return plans.planned(sessionId, caller.get());
  }

  @POST
  @Operation(
      operationId = "planPracticeGroups",
      summary = "Plan the groups from the cohort's enrolled members (replaces an earlier plan)",
      description =
          "Same rules as forming groups at the start. When the groups are formed, the plan is"
              + " re-formed from those checked in.")
  @APIResponse(
      responseCode = "200",
      description = "The plan",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PracticePlan")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public PracticePlan make(@PathParam("sessionId") String sessionId) {
    return plans.plan(sessionId, caller.get());
  }

  @POST
  @Path("moves")
  @Operation(operationId = "movePlannedMember", summary = "Move a planned member to another group")
  @APIResponse(
      responseCode = "200",
      description = "The plan",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PracticePlan")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public PracticePlan move(@PathParam("sessionId") String sessionId, GroupMove move) {
    return plans.move(sessionId, move, caller.get());
  }
}
