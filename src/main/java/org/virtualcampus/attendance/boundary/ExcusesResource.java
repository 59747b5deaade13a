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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** Requests to be excused from a session: asked by participants, decided by the staff. */
@ApplicationScoped
@Path("sessions/{sessionId}/excuses")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExcusesResource {
  @Inject Excuses excuses;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(operationId = "sessionExcuses", summary = "The session's requests to be excused")
  @APIResponse(
      responseCode = "200",
      description = "The requests, oldest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ExcuseView.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<ExcuseView> list(@PathParam("sessionId") String sessionId) {
    return excuses.ofSession(sessionId, caller.get());
  }

  @POST
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "askExcuse",
      summary = "Ask to be excused from a session, before it starts",
      description = "Asking again before a decision replaces the reason.")
  @APIResponse(
      responseCode = "201",
      description = "The request",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Excuse")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response ask(@PathParam("sessionId") String sessionId, ExcuseForm form) {
    return Response.status(201).entity(excuses.ask(sessionId, form, caller.get())).build();
  }
}
