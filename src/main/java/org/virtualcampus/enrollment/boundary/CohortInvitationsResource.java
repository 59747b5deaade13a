package org.virtualcampus.enrollment.boundary;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.PageResponse;

/** Invitations to a cohort: upload a list (JSON or CSV) and read who was invited. */
@ApplicationScoped
@Path("cohorts/{id}/invitations")
@Tag(name = "Cohorts", description = "Runs of a course: seats, waitlist, invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortInvitationsResource {
  @Inject Cohorts cohorts;
  @Inject Invitations invitations;
  @Inject CurrentActor caller;
  @Inject java.time.Clock clock;

  // The JSON and the CSV method share one OpenAPI operation, and the document keeps whichever
  // method it reads last: both carry the same documentation.
  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "invite",
      summary = "Invite people (JSON list or CSV upload)",
      description =
          "JSON: emails holds addresses one per line or separated by commas. CSV: a column 'email' and optionally 'name'. All or nothing: any bad row refuses the whole list (400, every bad row named by line); addresses already invited are skipped and listed.")
  @RequestBody(
      required = true,
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Invitees")),
        @Content(
            mediaType = "text/csv",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description =
                        "A header row with the column email and optionally name, then one invitee per row"))
      })
  @APIResponse(
      responseCode = "200",
      description = "How many were invited, and the addresses skipped as already invited",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportResult")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public Invitations.ImportResult invite(@PathParam("id") String id, ActionBodies.Invitees body) {
    if (body == null || body.emails() == null) {
      throw new InvalidInputException(
          "emails", "emails is required: addresses one per line or separated by commas");
    }
    return invitations.inviteFromText(id, body.emails(), caller.get());
  }

  @POST
  @Consumes("text/csv")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "invite",
      summary = "Invite people (JSON list or CSV upload)",
      description =
          "JSON: emails holds addresses one per line or separated by commas. CSV: a column 'email' and optionally 'name'. All or nothing: any bad row refuses the whole list (400, every bad row named by line); addresses already invited are skipped and listed.")
  @RequestBody(
      required = true,
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Invitees")),
        @Content(
            mediaType = "text/csv",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description =
                        "A header row with the column email and optionally name, then one invitee per row"))
      })
  @APIResponse(
      responseCode = "200",
      description = "How many were invited, and the addresses skipped as already invited",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportResult")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public Invitations.ImportResult inviteCsv(@PathParam("id") String id, String csv) {
    return invitations.inviteFromCsv(id, csv, caller.get());
  }

  @GET
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "Invitations of a cohort", description = "Newest first, with their status.")
  @APIResponse(
      responseCode = "200",
      description = "One page of invitations",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "InvitationViewPage")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public PageResponse<InvitationView> invitations(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageResponse.of(invitations.listOf(id, caller.get(), PageRequest.parse(page, size)));
  }

  private CohortView view(Cohort c) {
    return cohorts.view(c);
  }
}
