package org.virtualcampus.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.notification.entity.NotificationStatus;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.Caller;
import org.virtualcampus.platform.rest.PageResponse;

@Path("notifications")
@Tag(
    name = "Notifications",
    description = "The outbox of e-mail notifications and each member's own")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject Notifications notifications;
  @Inject Caller caller;

  @GET
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "The outbox",
      description =
          "Every notification, newest first, with its delivery state; optional status filter"
              + " sent, pending or failed (given up after 8 tries); paged with page (from 0) and size.")
  public PageResponse<OutboxEntry> outbox(
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageResponse.of(
        notifications
            .outbox(parseStatus(status), PageRequest.parse(page, size))
            .map(OutboxEntry::of));
  }

  @GET
  @Path("mine")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "My notifications",
      description = "The caller's own notifications, newest first; paged.")
  public PageResponse<NotificationView> mine(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return PageResponse.of(
        notifications
            .mine(caller.memberId(), PageRequest.parse(page, size))
            .map(NotificationView::of));
  }

  private static NotificationStatus parseStatus(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return NotificationStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", "unknown status '" + value + "'; use sent, pending or failed");
    }
  }
}
