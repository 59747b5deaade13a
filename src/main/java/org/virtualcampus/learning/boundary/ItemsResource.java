package org.virtualcampus.learning.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** One content item: edit, move within its module, remove. */
@ApplicationScoped
@Path("items/{itemId}")
@Tag(name = "Modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemsResource {
  @Inject CourseModules modules;
  @Inject CurrentActor caller;

  @PUT
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "editItem", summary = "Edit an item")
  @APIResponse(
      responseCode = "200",
      description = "The item's module as saved",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModuleOutline")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ModuleOutline edit(@PathParam("itemId") String itemId, ItemForm form) {
    return modules.editItem(itemId, form, caller.get());
  }

  @DELETE
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "removeItem", summary = "Remove an item and everyone's progress on it")
  @APIResponse(
      responseCode = "200",
      description = "The item's module without it",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModuleOutline")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ModuleOutline remove(@PathParam("itemId") String itemId) {
    return modules.removeItem(itemId, caller.get());
  }

  @POST
  @Path("position")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "moveItem", summary = "Move an item one place up or down in its module")
  @APIResponse(
      responseCode = "200",
      description = "The module with its items in their new order",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModuleOutline")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ModuleOutline move(@PathParam("itemId") String itemId, Move move) {
    return modules.moveItem(itemId, move, caller.get());
  }
}
