package org.virtualcampus.learning.boundary;

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

/** A course's learning settings: when homework counts towards completing a module. */
@ApplicationScoped
@Path("courses/{courseId}/learning-settings")
@Tag(name = "Modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LearningSettingsResource {
  @Inject Homeworks homeworks;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "learningSettings", summary = "The course's learning settings")
  @APIResponse(
      responseCode = "200",
      description = "The settings",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "LearningSettings")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public LearningSettings get(@PathParam("courseId") String courseId) {
    return homeworks.settings(courseId, caller.get());
  }

  @PUT
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "changeLearningSettings",
      summary = "Change when homework counts towards completing a module")
  @APIResponse(
      responseCode = "200",
      description = "The settings",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "LearningSettings")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public LearningSettings change(
      @PathParam("courseId") String courseId, LearningSettings settings) {
    return homeworks.changeSettings(courseId, settings, caller.get());
  }
}
