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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** A course's rubrics: list and add. */
@ApplicationScoped
@Path("courses/{courseId}/rubrics")
@Tag(name = "Modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RubricsResource {
  @Inject Homeworks homeworks;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "courseRubrics", summary = "The course's rubrics")
  @APIResponse(
      responseCode = "200",
      description = "The rubrics by title",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RubricView.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<RubricView> list(@PathParam("courseId") String courseId) {
    return homeworks.rubrics(courseId, caller.get());
  }

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "addRubric",
      summary = "Add a rubric",
      description =
          "2 to 6 levels (label, points 0-100), 1 to 12 criteria, each with one descriptor per level.")
  @APIResponse(
      responseCode = "201",
      description = "The new rubric",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RubricView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response add(@PathParam("courseId") String courseId, RubricForm form) {
    return Response.status(201)
        .entity(homeworks.createRubric(courseId, form, caller.get()))
        .build();
  }
}
