package org.virtualcampus.reporting.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

/** The one-click reminder to the members at risk of a cohort. */
@ApplicationScoped
@Path("cohorts/{cohortId}/risk-reminders")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class RiskRemindersResource {
  @Inject RiskReminders reminders;
  @Inject CurrentActor caller;

  @POST
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "remindMembersAtRisk",
      summary = "Send every member at risk now a reminder through the outbox",
      description =
          "At risk by the dashboard's rule; each member's preferences decide the delivery.")
  @APIResponse(
      responseCode = "200",
      description = "How many reminders were queued",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RemindersSent")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public RiskReminders.RemindersSent remind(@PathParam("cohortId") String cohortId) {
    return reminders.remind(cohortId, caller.get());
  }
}
