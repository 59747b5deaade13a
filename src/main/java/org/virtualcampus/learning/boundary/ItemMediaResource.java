package org.virtualcampus.learning.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_LARGE;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;
import static org.virtualcampus.platform.rest.ApiComponents.UNSUPPORTED_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.rest.StreamedUpload;

/** The uploaded file a video or podcast item plays. */
@ApplicationScoped
@Path("items/{itemId}/media")
@Tag(name = "Modules")
@Produces(MediaType.APPLICATION_JSON)
public class ItemMediaResource {
  @Inject ItemMedia media;
  @Inject CurrentActor caller;

  @PUT
  @StreamedUpload
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "uploadItemMedia",
      summary = "Upload the video or audio file the item plays (the file's bytes as the body)",
      description =
          "VIDEO: mp4 or webm; PODCAST: mp3, m4a, wav or ogg, read from the content (415"
              + " otherwise); at most campus.files.media-max-mb (413). Replaces the file before.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "200",
      description = "The module with the item",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModuleOutline")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public ModuleOutline upload(
      @PathParam("itemId") String itemId,
      @QueryParam("filename") String fileName,
      @HeaderParam("Content-Length") @DefaultValue("-1") long length,
      InputStream body) {
    return media.upload(itemId, body, fileName, length, caller.get());
  }

  @DELETE
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(operationId = "removeItemMedia", summary = "Stop playing the uploaded file")
  @APIResponse(
      responseCode = "200",
      description = "The module with the item",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModuleOutline")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ModuleOutline remove(@PathParam("itemId") String itemId) {
    return media.remove(itemId, caller.get());
  }
}
