package org.virtualcampus.attendance.boundary;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** Attendance rates: a cohort's for its staff, and each member's own. */
@ApplicationScoped
@Path("attendance")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {
  @Inject AttendanceReports reports;
  @Inject CurrentActor caller;

  @GET
  @Path("mine")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "myAttendance",
      summary = "My attendance in each cohort I hold a place in, with every session")
  @APIResponse(
      responseCode = "200",
      description = "My attendance",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = MyAttendance.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public List<MyAttendance> mine() {
    return reports.mine(caller.get());
  }

  @GET
  @Path("cohorts/{cohortId}")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "cohortAttendance",
      summary = "The cohort's attendance rate, and each session's and member's")
  @APIResponse(
      responseCode = "200",
      description = "The rates",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CohortAttendance")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CohortAttendance cohort(@PathParam("cohortId") String cohortId) {
    return reports.ofCohort(cohortId, caller.get());
  }
}
