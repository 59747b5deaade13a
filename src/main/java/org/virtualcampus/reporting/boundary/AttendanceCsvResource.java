package org.virtualcampus.reporting.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** The cohort's register as tidy CSV, one row per participant and session held. */
@ApplicationScoped
@Path("cohorts/{cohortId}/attendance.csv")
@Tag(name = "Reports")
public class AttendanceCsvResource {
  static final String CSV = "text/csv";

  @Inject CohortExports exports;
  @Inject CurrentActor caller;

  @GET
  @Produces(CSV)
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "cohortAttendanceCsv",
      summary = "Attendance as CSV (RFC 4180, UTF-8 with BOM, one header row)",
      description =
          "One row per participant and session whose attendance was taken: member, session, its"
              + " start and end in ISO-8601 UTC, status (no record is ABSENT) and weight.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV",
      content =
          @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response csv(@PathParam("cohortId") String cohortId) {
    return Response.ok(exports.attendanceCsv(cohortId, caller.get()), CSV + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"attendance.csv\"")
        .build();
  }
}
