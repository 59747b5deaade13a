package org.virtualcampus.attendance.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

/** A course's attendance rules. */
@ApplicationScoped
@Path("courses/{courseId}/attendance-policy")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class AttendancePolicyResource {
  @Inject AttendancePolicies policies;
  @Inject CurrentActor caller;

  @GET
  @Operation(operationId = "attendancePolicy", summary = "The course's attendance rules")
  @APIResponse(
      responseCode = "200",
      description = "The rules (the defaults until changed)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "AttendancePolicy")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public PolicyForm get(@PathParam("courseId") String courseId) {
    return policies.of(courseId, caller.get());
  }

  @PUT
  @Operation(
      operationId = "changeAttendancePolicy",
      summary = "Change the weights, the late threshold and the import's minimum minutes")
  @APIResponse(
      responseCode = "200",
      description = "The rules",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "AttendancePolicy")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public PolicyForm change(@PathParam("courseId") String courseId, PolicyForm form) {
    return policies.change(courseId, form, caller.get());
  }
}
