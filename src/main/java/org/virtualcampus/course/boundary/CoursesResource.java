package org.virtualcampus.course.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_LARGE;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;
import static org.virtualcampus.platform.rest.ApiComponents.UNSUPPORTED_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.course.entity.Course;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.PageResponse;

@ApplicationScoped
@Path("courses")
@Tag(name = "Courses", description = "Reusable curricula")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoursesResource {
  @Inject Courses courses;

  @GET
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "listCourses",
      summary = "List courses",
      description = "By title; with q, only those whose title contains q in any case.")
  @APIResponse(
      responseCode = "200",
      description = "One page of courses",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CourseViewPage")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public PageResponse<CourseView> list(
      @Parameter(description = "Only courses whose title contains this, any case") @QueryParam("q")
          String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageResponse.of(courses.search(q, PageRequest.parse(page, size)).map(CourseView::of));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(operationId = "oneCourse", summary = "One course")
  @APIResponse(
      responseCode = "200",
      description = "The course",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CourseView")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CourseView one(@PathParam("id") String id) {
    return CourseView.of(courses.require(id));
  }

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "createCourse", summary = "Create a course")
  @APIResponse(
      responseCode = "201",
      description = "The new course; Location names it",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CourseView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public Response create(CourseForm form, @Context UriInfo uri) {
    Course created = courses.create(form);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(CourseView.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "updateCourse", summary = "Edit a course")
  @APIResponse(
      responseCode = "200",
      description = "The edited course",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CourseView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public CourseView update(@PathParam("id") String id, CourseForm form) {
    return CourseView.of(courses.update(id, form));
  }
}
