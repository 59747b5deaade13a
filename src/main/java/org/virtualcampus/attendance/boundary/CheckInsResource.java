package org.virtualcampus.attendance.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** Self check-in with the code the facilitator shows. */
@ApplicationScoped
@Path("check-ins")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckInsResource {
  @Inject CheckIns checkIns;
  @Inject CurrentActor caller;

  @POST
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "checkIn",
      summary = "Check in to a session with its code",
      description =
          "From 10 minutes before the start to the end; later than the course's late threshold"
              + " counts as LATE. A wrong or retired code is a 400 and records nothing; a session"
              + " of a cohort you hold no place in is a 403; a second check-in or a closed"
              + " window is a 409.")
  @APIResponse(
      responseCode = "201",
      description = "Checked in",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CheckInResult")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response checkIn(CheckInForm form) {
    return Response.status(201).entity(checkIns.checkIn(form, caller.get())).build();
  }
}
