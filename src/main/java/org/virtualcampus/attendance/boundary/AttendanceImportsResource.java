package org.virtualcampus.attendance.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_LARGE;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** Uploading a video-conferencing participant report for a session: a preview, nothing set yet. */
@ApplicationScoped
@Path("sessions/{sessionId}/attendance-imports")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
public class AttendanceImportsResource {
  @Inject AttendanceImports imports;
  @Inject CurrentActor caller;

  @POST
  // Browsers label CSV files differently (text/csv, application/vnd.ms-excel, octet-stream); the
  // content decides, not the label.
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "uploadParticipantReport",
      summary = "Upload the participant report Zoom or Teams exported, for a preview",
      description =
          "Zoom's participant CSV (with or without meeting data above it), Teams' attendance"
              + " report (UTF-16, three sections) or its older join/leave list. Times are read"
              + " in timeZone (default: the cohort's). Nothing changes until the import is"
              + " applied. A file that is not a participant report is a 400 naming the missing"
              + " columns.")
  @RequestBody(
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "201",
      description = "The preview",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportPreview")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  public Response upload(
      @PathParam("sessionId") String sessionId,
      @QueryParam("fileName") String fileName,
      @QueryParam("timeZone") String timeZone,
      InputStream content) {
    return Response.status(201)
        .entity(imports.upload(sessionId, fileName, timeZone, content, caller.get()))
        .build();
  }
}
