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

/** An uploaded participant report: preview it with other thresholds or matches, then apply it. */
@ApplicationScoped
@Path("attendance-imports/{importId}")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
public class AttendanceImportResource {
  @Inject AttendanceImports imports;
  @Inject CurrentActor caller;

  @POST
  @Path("preview")
  @Operation(
      operationId = "previewImport",
      summary = "What applying would do with these thresholds and matches; nothing changes")
  @APIResponse(
      responseCode = "200",
      description = "The preview",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportPreview")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ImportPreview preview(@PathParam("importId") String importId, ImportChoices choices) {
    return imports.preview(importId, choices, caller.get());
  }

  @POST
  @Path("application")
  @Operation(
      operationId = "applyImport",
      summary = "Set every participant's record as the preview shows, in one transaction",
      description = "An approved excuse stays EXCUSED. The upload is gone afterwards (404).")
  @APIResponse(
      responseCode = "200",
      description = "What was set",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportApplied")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public ImportApplied apply(@PathParam("importId") String importId, ImportChoices choices) {
    return imports.apply(importId, choices, caller.get());
  }
}
