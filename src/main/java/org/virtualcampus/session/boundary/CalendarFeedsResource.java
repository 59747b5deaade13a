package org.virtualcampus.session.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** Members' personal calendar feeds (subscribe addresses for calendar apps). */
@ApplicationScoped
@Path("calendar-feeds")
@Tag(name = "Sessions")
public class CalendarFeedsResource {
  @Inject CalendarFeeds feeds;
  @Inject CurrentActor caller;

  @GET
  @Path("mine")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(operationId = "myCalendarFeed", summary = "Whether I have a calendar feed")
  @APIResponse(
      responseCode = "200",
      description = "My feed (its address only when made)",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FeedAddress")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public FeedAddress mine() {
    return feeds.mine(caller.get());
  }

  @POST
  @Path("mine")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "resetCalendarFeed",
      summary = "Make a new subscribe address; the one before stops working (404)")
  @APIResponse(
      responseCode = "200",
      description = "The new address, shown this once",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FeedAddress")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public FeedAddress reset() {
    return feeds.reset(caller.get());
  }

  @GET
  @Path("{token}")
  @Produces(SessionResource.CALENDAR)
  @PermitAll
  @Operation(
      operationId = "calendarFeed",
      summary = "A member's sessions as an iCalendar feed (the address is the secret)",
      description = "Sessions of the last 30 days and all to come, cancelled ones as CANCELLED.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content =
          @Content(
              mediaType = SessionResource.CALENDAR,
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response feed(@PathParam("token") String token) {
    return Response.ok(feeds.feed(token), SessionResource.CALENDAR + "; charset=utf-8")
        .header("Cache-Control", "private, max-age=300")
        .build();
  }
}
