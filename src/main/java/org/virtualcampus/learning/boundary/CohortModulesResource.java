package org.virtualcampus.learning.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** A cohort's modules as its participants work through them. */
@ApplicationScoped
@Path("cohorts/{cohortId}/modules")
@Tag(name = "Modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortModulesResource {
  @Inject Learning learning;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "cohortModules",
      summary = "The cohort's modules, what is open, and my progress",
      description =
          "Modules open at midnight of their day in the cohort's time zone. Enrolled members see open"
              + " modules' items and their progress; the cohort's facilitators and coordinators see every module.")
  @APIResponse(
      responseCode = "200",
      description = "The modules in order",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CohortModules")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CohortModules modules(@PathParam("cohortId") String cohortId) {
    return learning.modules(cohortId, caller.get());
  }

  @PUT
  @Path("items/{itemId}/done")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "markItemDone",
      summary = "Mark an item done",
      description =
          "Only members enrolled in the cohort, only in open modules; marking twice keeps one mark.")
  @APIResponse(
      responseCode = "200",
      description = "The modules with my progress",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CohortModules")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public CohortModules markDone(
      @PathParam("cohortId") String cohortId, @PathParam("itemId") String itemId) {
    return learning.markDone(cohortId, itemId, true, caller.get());
  }

  @DELETE
  @Path("items/{itemId}/done")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(operationId = "unmarkItemDone", summary = "Take back a done mark")
  @APIResponse(
      responseCode = "200",
      description = "The modules with my progress",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CohortModules")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public CohortModules unmarkDone(
      @PathParam("cohortId") String cohortId, @PathParam("itemId") String itemId) {
    return learning.markDone(cohortId, itemId, false, caller.get());
  }
}
