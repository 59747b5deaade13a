package org.virtualcampus.peerfeedback.boundary;

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

/** A cohort's practice figures for its facilitators and coordinators. */
@ApplicationScoped
@Path("cohorts/{cohortId}/practice-figures")
@Tag(name = "Peer feedback")
@Produces(MediaType.APPLICATION_JSON)
public class PracticeFiguresResource {
  @Inject PracticeReports reports;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "practiceFigures",
      summary =
          "Participation, usefulness and mixing per session; elements most often not observed")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "PracticeFigures")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public PracticeFigures figures(@PathParam("cohortId") String cohortId) {
    return reports.ofCohort(cohortId, caller.get());
  }
}
