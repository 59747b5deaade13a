package org.virtualcampus.attendance.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** The staff's decision on a request to be excused. */
@ApplicationScoped
@Path("excuses/{excuseId}/decision")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExcuseDecisionResource {
  @Inject Excuses excuses;
  @Inject CurrentActor caller;

  @POST
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "decideExcuse",
      summary = "Approve or refuse; an approval makes the member's record EXCUSED")
  @APIResponse(
      responseCode = "200",
      description = "The request, decided",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Excuse")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public ExcuseView decide(@PathParam("excuseId") String excuseId, ExcuseDecision decision) {
    return excuses.decide(excuseId, decision, caller.get());
  }
}
