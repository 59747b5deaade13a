package org.virtualcampus.learning.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

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

/** A course's modules as their authors write them, and the course as an educator would see it. */
@ApplicationScoped
@Path("courses/{courseId}/modules")
@Tag(name = "Modules", description = "A course's weekly modules, their items, and progress")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseModulesResource {
  @Inject CourseModules modules;
  @Inject Reordering reordering;
  @Inject Learning learning;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "courseOutline",
      summary = "The course's modules with everything their authors wrote")
  @APIResponse(
      responseCode = "200",
      description = "The modules in order, each with its items",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleOutline.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<ModuleOutline> outline(@PathParam("courseId") String courseId) {
    return modules.outline(courseId, caller.get());
  }

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "addModule",
      summary = "Add a module at the end",
      description =
          "Released on a week of each cohort (releaseWeek, 1 = the start week) or on a date (releaseOn).")
  @APIResponse(
      responseCode = "201",
      description = "The new module",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModuleOutline")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response add(@PathParam("courseId") String courseId, ModuleForm form) {
    return Response.status(201).entity(modules.addModule(courseId, form, caller.get())).build();
  }

  @GET
  @Path("preview")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "previewCourse",
      summary = "The course as an educator will see it, every module open")
  @APIResponse(
      responseCode = "200",
      description = "The modules with their items as participants see them",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CohortModules")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CohortModules preview(@PathParam("courseId") String courseId) {
    return learning.preview(courseId, caller.get());
  }

  @PUT
  @Path("order")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "arrangeModules",
      summary = "Put every module of the course in a new order",
      description =
          "ids names each module once; a list that changed meanwhile is refused with 409.")
  @APIResponse(
      responseCode = "200",
      description = "The course's modules in their new order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleOutline.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public List<ModuleOutline> arrange(@PathParam("courseId") String courseId, Order order) {
    return reordering.modules(courseId, order, caller.get());
  }
}
