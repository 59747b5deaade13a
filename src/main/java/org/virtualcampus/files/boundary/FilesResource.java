package org.virtualcampus.files.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.RANGE;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.rest.Problem;

/** Stored files for whoever may read them (pages use {@code /files/{id}} with their session). */
@ApplicationScoped
@Path("files/{fileId}")
@Tag(name = "Files")
public class FilesResource {
  @Inject FileDownloads downloads;
  @Inject CurrentActor caller;

  @GET
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "downloadFile",
      summary = "A stored file, whole or one byte range",
      description =
          "For its owner and whoever the feature holding it allows (404 for anyone else)."
              + " Range: bytes=a-b answers 206 with Content-Range; outside the file 416."
              + " The ETag is the file's SHA-256, checked against the bytes before serving.")
  @APIResponse(
      responseCode = "200",
      description = "The file",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "206",
      description = "The byte range asked for",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "416", ref = RANGE)
  public Response download(
      @PathParam("fileId") String fileId, @HeaderParam("Range") String rangeHeader) {
    Download download = downloads.open(fileId, caller.get());
    Optional<ByteRange> range;
    try {
      range = ByteRange.parse(rangeHeader, download.file().sizeBytes());
    } catch (ByteRange.Unsatisfiable e) {
      return Problem.of(
              "range-not-satisfiable",
              "Range Not Satisfiable",
              416,
              "The file has " + download.file().sizeBytes() + " bytes.")
          .toResponseBuilder()
          .header("Content-Range", "bytes */" + download.file().sizeBytes())
          .build();
    }
    StreamingOutput body = out -> download.copyTo(out, range);
    Response.ResponseBuilder answer = Response.status(range.isPresent() ? 206 : 200).entity(body);
    download.headers(range).forEach(answer::header);
    return answer.build();
  }
}
