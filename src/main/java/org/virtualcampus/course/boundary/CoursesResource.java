package org.virtualcampus.course.boundary;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.course.entity.Course;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.PageResponse;

@Path("courses")
@Tag(name = "Courses", description = "Reusable curricula")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoursesResource {
  @Inject Courses courses;

  @GET
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(summary = "List courses")
  public PageResponse<CourseView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return PageResponse.of(courses.list(PageRequest.parse(page, size)).map(CourseView::of));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(summary = "One course")
  public CourseView one(@PathParam("id") String id) {
    return CourseView.of(courses.require(id));
  }

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "Create a course")
  public Response create(CourseForm form, @Context UriInfo uri) {
    Course created = courses.create(form);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(CourseView.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "Edit a course")
  public CourseView update(@PathParam("id") String id, CourseForm form) {
    return CourseView.of(courses.update(id, form));
  }
}
