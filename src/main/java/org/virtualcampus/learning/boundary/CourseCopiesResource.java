package org.virtualcampus.learning.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.course.boundary.CourseView;
import org.virtualcampus.identity.boundary.CurrentActor;

/** Copies of a course with all its modules, for the next run of a course that changes. */
@ApplicationScoped
@Path("courses/{courseId}/copies")
@Tag(name = "Courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseCopiesResource {
  @Inject CourseCopies copies;
  @Inject CurrentActor caller;

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "copyCourse",
      summary = "Copy a course with its modules and items",
      description =
          "The copy takes the title given and the original's summary, weeks and weekly hours.")
  @APIResponse(
      responseCode = "201",
      description = "The new course",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CourseView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response copy(@PathParam("courseId") String courseId, CourseCopyForm form) {
    return Response.status(201)
        .entity(CourseView.of(copies.copyCourse(courseId, form, caller.get())))
        .build();
  }
}
