package org.virtualcampus.attendance.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

/** The self check-in code a facilitator shows in the session. */
@ApplicationScoped
@Path("sessions/{sessionId}/check-in-code")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
public class CheckInCodeResource {
  @Inject CheckIns checkIns;
  @Inject CurrentActor caller;

  @GET
  @Operation(
      operationId = "checkInCode",
      summary = "The session's check-in code and link, made the first time it is asked for")
  @APIResponse(
      responseCode = "200",
      description = "The code",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CheckInCode")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public CheckInCodeView get(@PathParam("sessionId") String sessionId) {
    return checkIns.code(sessionId, caller.get());
  }

  @POST
  @Path("rotation")
  @Operation(
      operationId = "rotateCheckInCode",
      summary =
          "Retire the code (for example after it was shared outside the room) and make a new one")
  @APIResponse(
      responseCode = "200",
      description = "The new code",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CheckInCode")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public CheckInCodeView rotate(@PathParam("sessionId") String sessionId) {
    return checkIns.rotate(sessionId, caller.get());
  }
}
