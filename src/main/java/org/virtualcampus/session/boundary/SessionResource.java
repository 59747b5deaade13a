package org.virtualcampus.session.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.virtualcampus.platform.error.InvalidInputException;

/** One live session: change or cancel it (or its whole series), or save it to a calendar. */
@ApplicationScoped
@Path("sessions")
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
  static final String CALENDAR = "text/calendar";

  @Inject Sessions sessions;
  @Inject CurrentActor caller;

  @GET
  @Path("upcoming")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "mySessions",
      summary = "My sessions from now on (and any under way), soonest first")
  @APIResponse(
      responseCode = "200",
      description = "The sessions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = SessionView.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public List<SessionView> upcoming() {
    return sessions.upcoming(caller.get(), 50);
  }

  @PUT
  @Path("{sessionId}")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "changeSession",
      summary = "Change a session, or with series=true every session of its series not yet over",
      description =
          "A series moves by the same wall-clock shift as this session. Calendars see the change"
              + " (same UID, higher SEQUENCE).")
  @APIResponse(
      responseCode = "200",
      description = "The sessions changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = SessionView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public List<SessionView> change(
      @PathParam("sessionId") String sessionId,
      @QueryParam("series") String series,
      SessionForm form) {
    return sessions.change(sessionId, form, flag(series), caller.get());
  }

  @DELETE
  @Path("{sessionId}")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "cancelSession",
      summary = "Cancel a session, or with series=true every session of its series not yet over",
      description = "Cancelled sessions stay, marked CANCELLED, so calendars remove them.")
  @APIResponse(
      responseCode = "200",
      description = "The sessions cancelled",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = SessionView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public List<SessionView> cancel(
      @PathParam("sessionId") String sessionId, @QueryParam("series") String series) {
    return sessions.cancel(sessionId, flag(series), caller.get());
  }

  @GET
  @Path("{sessionId}/calendar")
  @Produces(CALENDAR)
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(operationId = "sessionCalendar", summary = "The session as an .ics file (RFC 5545)")
  @APIResponse(
      responseCode = "200",
      description = "The event, with its time zone",
      content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response calendar(@PathParam("sessionId") String sessionId) {
    return Response.ok(sessions.calendarOf(sessionId, caller.get()), CALENDAR + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"session.ics\"")
        .build();
  }

  static boolean flag(String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new InvalidInputException("series", "series is true or false");
  }
}
