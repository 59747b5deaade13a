package org.virtualcampus.learning.boundary;

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

/** A cohort's progress through its modules, for its facilitators and coordinators. */
@ApplicationScoped
@Path("cohorts/{cohortId}/progress")
@Tag(name = "Modules")
@Produces(MediaType.APPLICATION_JSON)
public class CohortProgressResource {
  @Inject Progress progress;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "cohortProgress",
      summary = "Every participant with the modules they have completed",
      description =
          "By the course's completion rule: items done and homework handed in (or accepted).")
  @APIResponse(
      responseCode = "200",
      description = "The participants' progress",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CohortProgress")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CohortProgress progress(@PathParam("cohortId") String cohortId) {
    return progress.of(cohortId, caller.get());
  }
}
