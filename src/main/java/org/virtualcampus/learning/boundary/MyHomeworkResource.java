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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.rest.StreamedUpload;

/** A module's homework as an enrolled educator writes and hands it in. */
@ApplicationScoped
@Path("cohorts/{cohortId}/modules/{moduleId}/homework")
@Tag(name = "Homework")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyHomeworkResource {
  private static final String ROLES_NOTE = "Only members enrolled in the cohort (403 otherwise).";

  @Inject HomeworkSubmissions homework;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "myHomework",
      summary = "My homework for a module: the draft or last hand-in, and earlier versions",
      description = ROLES_NOTE + " Feedback shows once the reviewer has released it.")
  @APIResponse(
      responseCode = "200",
      description = "My homework",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MyHomework")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public MyHomework mine(
      @PathParam("cohortId") String cohortId, @PathParam("moduleId") String moduleId) {
    return homework.mine(cohortId, moduleId, caller.get());
  }

  @PUT
  @Path("draft")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "saveHomeworkDraft",
      summary = "Save the draft's text (autosave)",
      description =
          ROLES_NOTE
              + " Starts the draft, or the next version after a released revision request;"
              + " 409 while a hand-in waits for feedback, once accepted, or after the cohort ended.")
  @APIResponse(
      responseCode = "200",
      description = "My homework with the saved draft",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MyHomework")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public MyHomework saveDraft(
      @PathParam("cohortId") String cohortId,
      @PathParam("moduleId") String moduleId,
      DraftForm form) {
    return homework.saveDraft(cohortId, moduleId, form, caller.get());
  }

  @POST
  @Path("draft/files")
  @StreamedUpload
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "attachHomeworkFile",
      summary = "Attach a file to the draft (the file's bytes as the body)",
      description =
          ROLES_NOTE
              + " The type is read from the content, not the name: 415 names the allowed types;"
              + " 413 gives the homework's size limit and stops reading early.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                      format = "binary")))
  @APIResponse(
      responseCode = "200",
      description = "My homework with the file on the draft",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MyHomework")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public MyHomework attach(
      @PathParam("cohortId") String cohortId,
      @PathParam("moduleId") String moduleId,
      @QueryParam("filename") String fileName,
      @HeaderParam("Content-Length") @DefaultValue("-1") long length,
      InputStream body) {
    return homework.attach(cohortId, moduleId, body, fileName, length, caller.get());
  }

  @DELETE
  @Path("draft/files/{fileId}")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(operationId = "detachHomeworkFile", summary = "Take a file off the draft")
  @APIResponse(
      responseCode = "200",
      description = "My homework without the file",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MyHomework")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public MyHomework detach(
      @PathParam("cohortId") String cohortId,
      @PathParam("moduleId") String moduleId,
      @PathParam("fileId") String fileId) {
    return homework.detach(cohortId, moduleId, fileId, caller.get());
  }

  @POST
  @Path("submissions")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "submitHomework",
      summary = "Hand in the draft",
      description =
          ROLES_NOTE
              + " Marked late after the due time; accepted until the cohort ends (409 after)."
              + " The hand-in goes to the cohort's least busy facilitator, or the last reviewer.")
  @APIResponse(
      responseCode = "200",
      description = "My homework, handed in",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MyHomework")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public MyHomework submit(
      @PathParam("cohortId") String cohortId, @PathParam("moduleId") String moduleId) {
    return homework.submit(cohortId, moduleId, caller.get());
  }
}
