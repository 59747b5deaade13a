package org.virtualcampus.enrollment.boundary;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.Caller;
import org.virtualcampus.platform.rest.PageResponse;

@Path("enrollments")
@Tag(name = "Enrollments", description = "Seats, offers and the waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentsResource {
  @Inject Enrollments enrollments;
  @Inject Waitlists waitlists;
  @Inject Caller caller;

  @GET
  @Path("mine")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "My places in cohorts",
      description = "With waitlist position while waiting.")
  public PageResponse<EnrollmentView> mine(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return PageResponse.of(waitlists.mine(caller.actor(), PageRequest.parse(page, size)));
  }

  @POST
  @Path("{id}/accept")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(summary = "Accept my seat offer", description = "409 once the offer has expired.")
  public EnrollmentView accept(@PathParam("id") String id) {
    return waitlists.withPosition(enrollments.accept(id, caller.actor()));
  }

  @POST
  @Path("{id}/decline")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Decline my seat offer",
      description = "The seat goes to the next person waiting.")
  public EnrollmentView decline(@PathParam("id") String id) {
    return waitlists.withPosition(enrollments.decline(id, caller.actor()));
  }

  @POST
  @Path("{id}/withdraw")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Withdraw",
      description = "Leaves the cohort or its waitlist; a held seat goes to the next person.")
  public EnrollmentView withdraw(@PathParam("id") String id) {
    return waitlists.withPosition(enrollments.withdraw(id, caller.actor()));
  }

  @POST
  @Path("{id}/promote")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Promote now",
      description =
          "Gives a free seat to this waiting person ahead of the line; reason required; 409 when no seat is free.")
  public EnrollmentView promote(@PathParam("id") String id, ActionBodies.Reason body) {
    return waitlists.withPosition(
        enrollments.promote(id, caller.actor(), body == null ? null : body.reason()));
  }

  @POST
  @Path("{id}/remove")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "Remove from the cohort or waitlist", description = "Reason required.")
  public EnrollmentView remove(@PathParam("id") String id, ActionBodies.Reason body) {
    return waitlists.withPosition(
        enrollments.remove(id, caller.actor(), body == null ? null : body.reason()));
  }

  @POST
  @Path("{id}/approve")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Approve an applicant",
      description = "For cohorts that need approval; they then get a seat in queue order.")
  public EnrollmentView approve(@PathParam("id") String id) {
    return waitlists.withPosition(enrollments.approve(id, caller.actor()));
  }

  @POST
  @Path("{id}/move")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Move one place up or down the waitlist",
      description = "direction UP or DOWN; reason required.")
  public EnrollmentView move(@PathParam("id") String id, ActionBodies.Move body) {
    String direction =
        body == null || body.direction() == null ? "" : body.direction().trim().toUpperCase();
    if (!direction.equals("UP") && !direction.equals("DOWN")) {
      throw new InvalidInputException("direction", "direction must be UP or DOWN");
    }
    return waitlists.withPosition(
        enrollments.move(id, caller.actor(), direction.equals("UP"), body.reason()));
  }
}
