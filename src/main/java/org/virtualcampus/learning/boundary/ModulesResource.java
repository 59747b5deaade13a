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
import jakarta.ws.rs.DELETE;
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

/** One module: edit, move, remove, and add items to it. */
@ApplicationScoped
@Path("modules/{moduleId}")
@Tag(name = "Modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModulesResource {
  @Inject CourseModules modules;
  @Inject Reordering reordering;
  @Inject Homeworks homeworks;
  @Inject CurrentActor caller;

  @PUT
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "editModule", summary = "Edit a module")
  @APIResponse(
      responseCode = "200",
      description = "The module as saved",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModuleOutline")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ModuleOutline edit(@PathParam("moduleId") String moduleId, ModuleForm form) {
    return modules.editModule(moduleId, form, caller.get());
  }

  @DELETE
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "removeModule",
      summary = "Remove a module with its items, homework and everyone's progress through them")
  @APIResponse(
      responseCode = "200",
      description = "The course's modules that are left",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleOutline.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<ModuleOutline> remove(@PathParam("moduleId") String moduleId) {
    return modules.removeModule(moduleId, caller.get());
  }

  @POST
  @Path("position")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "moveModule",
      summary = "Move a module one place up or down",
      description = "At either end of the list the module stays where it is.")
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
  public List<ModuleOutline> move(@PathParam("moduleId") String moduleId, Move move) {
    return modules.moveModule(moduleId, move, caller.get());
  }

  @POST
  @Path("items")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "addItem",
      summary = "Add an item at the end of the module",
      description =
          "READING, DISCUSSION and ROLE_PLAY carry Markdown in body; VIDEO, PODCAST and LINK need an http(s) linkUrl.")
  @APIResponse(
      responseCode = "201",
      description = "The module with the new item",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModuleOutline")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response addItem(@PathParam("moduleId") String moduleId, ItemForm form) {
    return Response.status(201).entity(modules.addItem(moduleId, form, caller.get())).build();
  }

  @PUT
  @Path("homework")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "defineHomework",
      summary = "Give the module its homework, or change it",
      description =
          "Due dueDay days after the cohort's first day at dueTime (HH:mm) in the cohort's zone;"
              + " text and/or files; fileTypes from pdf, docx, doc, odt, txt, png, jpg, gif, mp3, m4a, wav;"
              + " rubricId names a rubric of the same course.")
  @APIResponse(
      responseCode = "200",
      description = "The module with its homework",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModuleOutline")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ModuleOutline defineHomework(@PathParam("moduleId") String moduleId, HomeworkForm form) {
    return homeworks.defineHomework(moduleId, form, caller.get());
  }

  @DELETE
  @Path("homework")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "removeHomework", summary = "Take the homework off the module")
  @APIResponse(
      responseCode = "200",
      description = "The module without homework",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModuleOutline")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ModuleOutline removeHomework(@PathParam("moduleId") String moduleId) {
    return homeworks.removeHomework(moduleId, caller.get());
  }

  @PUT
  @Path("items/order")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "arrangeItems",
      summary = "Put every item of the module in a new order",
      description = "ids names each item once; a list that changed meanwhile is refused with 409.")
  @APIResponse(
      responseCode = "200",
      description = "The module with its items in their new order",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModuleOutline")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public ModuleOutline arrangeItems(@PathParam("moduleId") String moduleId, Order order) {
    return reordering.items(moduleId, order, caller.get());
  }
}
