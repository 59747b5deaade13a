package org.virtualcampus.peerfeedback.boundary;

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

/** Feedback models: the shipped templates and the coordinators' own. */
@ApplicationScoped
@Path("feedback-models")
@Tag(name = "Peer feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackModelsResource {
  @Inject FeedbackModels models;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(operationId = "feedbackModels", summary = "Every feedback model, templates first")
  @APIResponse(
      responseCode = "200",
      description = "The models",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ModelView.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public List<ModelView> all() {
    return models.all(caller.get());
  }

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "createFeedbackModel", summary = "Define a feedback model")
  @APIResponse(
      responseCode = "201",
      description = "The model",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FeedbackModel")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response create(ModelForm form) {
    return Response.status(201).entity(models.create(form, caller.get())).build();
  }

  @GET
  @Path("{modelId}")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(operationId = "feedbackModel", summary = "One feedback model")
  @APIResponse(
      responseCode = "200",
      description = "The model",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FeedbackModel")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ModelView one(@PathParam("modelId") String modelId) {
    return models.one(modelId, caller.get());
  }

  @PUT
  @Path("{modelId}")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "changeFeedbackModel",
      summary = "Change a model (templates too); elements keep the keys sent with them")
  @APIResponse(
      responseCode = "200",
      description = "The model",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FeedbackModel")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public ModelView change(@PathParam("modelId") String modelId, ModelForm form) {
    return models.change(modelId, form, caller.get());
  }
}
