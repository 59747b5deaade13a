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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** A role-play scenario's variants per pairing of giver's and receiver's profession. */
@ApplicationScoped
@Path("items/{itemId}/variants")
@Tag(name = "Modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScenarioVariantsResource {
  @Inject ScenarioVariants variants;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "scenarioVariants", summary = "A role-play scenario's variants")
  @APIResponse(
      responseCode = "200",
      description = "The variants, in the order written",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = ScenarioVariantView.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<ScenarioVariantView> all(@PathParam("itemId") String itemId) {
    return variants.of(itemId, caller.get());
  }

  @PUT
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "replaceScenarioVariants",
      summary =
          "Replace a role-play scenario's variants (one per giver and receiver profession pairing)")
  @APIResponse(
      responseCode = "200",
      description = "The variants as saved",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = ScenarioVariantView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public List<ScenarioVariantView> replace(
      @PathParam("itemId") String itemId, ScenarioVariantsForm form) {
    return variants.replace(itemId, form, caller.get());
  }
}
