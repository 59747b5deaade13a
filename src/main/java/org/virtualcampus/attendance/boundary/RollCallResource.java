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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** A session's roll call, for the cohort's facilitators and coordinators. */
@ApplicationScoped
@Path("sessions/{sessionId}/roll-call")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
public class RollCallResource {
  @Inject RollCall rollCall;
  @Inject CurrentActor caller;

  @GET
  @Operation(operationId = "rollCall", summary = "Every participant with their record, if any")
  @APIResponse(
      responseCode = "200",
      description = "The roll call",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RollCall")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public RollCallView get(@PathParam("sessionId") String sessionId) {
    return rollCall.of(sessionId, caller.get());
  }

  @POST
  @Path("all-present")
  @Operation(
      operationId = "markAllPresent",
      summary = "Mark every participant not yet recorded PRESENT",
      description = "Records already there stay. Opens 10 minutes before the start (409 before).")
  @APIResponse(
      responseCode = "200",
      description = "The roll call",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RollCall")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public RollCallView allPresent(@PathParam("sessionId") String sessionId) {
    return rollCall.markAllPresent(sessionId, caller.get());
  }

  @PUT
  @Path("{memberId}")
  @Operation(
      operationId = "markAttendance",
      summary = "Set a participant's status and note; the change is kept in the history")
  @APIResponse(
      responseCode = "200",
      description = "The participant's entry",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RollCallEntry")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public RollCallEntry mark(
      @PathParam("sessionId") String sessionId,
      @PathParam("memberId") String memberId,
      MarkForm form) {
    return rollCall.mark(sessionId, memberId, form, caller.get());
  }

  @GET
  @Path("{memberId}/history")
  @Operation(
      operationId = "attendanceHistory",
      summary = "Every change of a participant's record, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The changes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeView.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<ChangeView> history(
      @PathParam("sessionId") String sessionId, @PathParam("memberId") String memberId) {
    return rollCall.history(sessionId, memberId, caller.get());
  }
}
