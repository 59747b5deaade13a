package org.virtualcampus.enrollment.boundary;

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
import jakarta.ws.rs.POST;
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

/** A coordinator's message to chosen people of a cohort. */
@ApplicationScoped
@Path("cohorts/{id}/messages")
@Tag(name = "Cohorts", description = "Runs of a course: seats, waitlist, invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortMessagesResource {
  @Inject WaitlistBulk bulk;
  @Inject CurrentActor caller;

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Message several people of a cohort",
      description =
          "Sends each listed place's member the message as a notification (e-mail, digest or in"
              + " the app, as each chose), signed with the coordinator's name; at most 200 people"
              + " and 1,500 characters.")
  @APIResponse(
      responseCode = "200",
      description = "How many people the message went to",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkResult")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public BulkResult sendMessage(@PathParam("id") String id, ActionBodies.Message body) {
    return new BulkResult(
        bulk.messageAll(
            id,
            body == null ? null : body.enrollmentIds(),
            caller.get(),
            body == null ? null : body.message()));
  }
}
