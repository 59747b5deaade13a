package org.virtualcampus.notification.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;
import static org.virtualcampus.platform.rest.ApiComponents.UNSUPPORTED_TYPE;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.notification.entity.Delivery;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.NotificationStatus;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.PageResponse;

@ApplicationScoped
@Path("notifications")
@Tag(
    name = "Notifications",
    description = "The outbox of e-mail notifications and each member's own")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject Notifications notifications;
  @Inject NotificationPreferences preferences;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "The outbox",
      description =
          "Every notification, newest first, with its delivery state; optional status filter"
              + " sent, pending, failed (retried with backoff for the retry window, at least 48"
              + " hours, then given up) or in_app (the recipient wants it in the app only); texts"
              + " rendered for the recipient, secrets (invitation links) withheld; paged with page"
              + " (from 0) and size.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the outbox",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "OutboxEntryPage")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public PageResponse<OutboxEntry> outbox(
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageResponse.of(
        notifications
            .outbox(parseStatus(status), PageRequest.parse(page, size))
            .map(OutboxEntry::of));
  }

  @POST
  @Path("{id}/retry")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Retry a failed notification",
      description =
          "Sends a FAILED notification again at once, with a new retry window; 409 when it is not"
              + " failed.")
  @APIResponse(
      responseCode = "200",
      description = "The notification, due again",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OutboxEntry")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public OutboxEntry retry(@PathParam("id") String id) {
    return OutboxEntry.of(notifications.retry(id));
  }

  @GET
  @Path("mine")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "myNotifications",
      summary = "My notifications",
      description = "The caller's own notifications, newest first; paged.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the caller's notifications",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NotificationViewPage")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public PageResponse<NotificationView> mine(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return PageResponse.of(
        notifications
            .mine(caller.memberId(), PageRequest.parse(page, size))
            .map(NotificationView::of));
  }

  @Schema(name = "Unread", description = "How many of the caller's notifications are unread.")
  public record Unread(long unread) {}

  @GET
  @Path("mine/unread")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(summary = "How many of my notifications are unread")
  @APIResponse(
      responseCode = "200",
      description = "The unread count",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Unread")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public Unread unread() {
    return new Unread(notifications.unreadCount(caller.memberId()));
  }

  @Schema(name = "Marked", description = "How many notifications were marked read.")
  public record Marked(int marked) {}

  @POST
  @Path("mine/read")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Mark all my notifications read",
      description = "Returns how many were unread.")
  @APIResponse(
      responseCode = "200",
      description = "How many were marked read",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Marked")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public Marked markAllRead() {
    return new Marked(notifications.markAllRead(caller.memberId()));
  }

  @POST
  @Path("{id}/read")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Mark one of my notifications read",
      description =
          "Answers the unread count left; 404 for a notification that is not the caller's.")
  @APIResponse(
      responseCode = "200",
      description = "The unread count left",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Unread")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Unread markRead(@PathParam("id") String id) {
    notifications.markRead(caller.memberId(), id);
    return new Unread(notifications.unreadCount(caller.memberId()));
  }

  @GET
  @Path("preferences")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "How I get each kind of notice",
      description =
          "Kind of notice to EMAIL (at once), DIGEST (one mail a day listing the day's notices, in"
              + " my time zone) or IN_APP (never e-mailed). Invitations and the welcome are always"
              + " e-mailed.")
  @APIResponse(
      responseCode = "200",
      description = "Each kind of notice with how it is delivered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NotificationPreferences")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public Map<NotificationKind, Delivery> preferences() {
    return preferences.of(caller.memberId());
  }

  @PUT
  @Path("preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Change how I get some kinds of notice",
      description =
          "Body: kind to EMAIL, DIGEST or IN_APP, e.g. {\"ENROLLED\": \"DIGEST\"}; all or nothing,"
              + " 400 naming each bad entry. Applies to notices queued afterwards.")
  @APIResponse(
      responseCode = "200",
      description = "Each kind of notice with how it is delivered now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NotificationPreferences")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public Map<NotificationKind, Delivery> changePreferences(Map<String, String> choices) {
    return preferences.change(caller.memberId(), choices);
  }

  private static NotificationStatus parseStatus(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return NotificationStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", "unknown status '" + value + "'; use sent, pending, failed or in_app");
    }
  }
}
