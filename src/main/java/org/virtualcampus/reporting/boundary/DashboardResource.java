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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** The cohort dashboard for its facilitators and coordinators. */
@ApplicationScoped
@Path("cohorts/{cohortId}/dashboard")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
  @Inject Dashboards dashboards;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "cohortDashboard",
      summary = "Seats, funnel, attendance, homework, practice, waitlist and members at risk",
      description = "Every rate comes with the definition of what it counts.")
  @APIResponse(
      responseCode = "200",
      description = "The dashboard",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CohortDashboard")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CohortDashboard dashboard(@PathParam("cohortId") String cohortId) {
    return dashboards.of(cohortId, caller.get());
  }
}
