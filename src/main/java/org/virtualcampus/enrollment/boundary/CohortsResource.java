package org.virtualcampus.enrollment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Enrollment;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.Caller;
import org.virtualcampus.platform.rest.PageResponse;

@Path("cohorts")
@Tag(name = "Cohorts", description = "Runs of a course: seats, waitlist, invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortsResource {
  static final String[] SIGNED_IN = {"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"};

  @Inject Cohorts cohorts;
  @Inject Enrollments enrollments;
  @Inject Waitlists waitlists;
  @Inject Invitations invitations;
  @Inject Caller caller;
  @Inject java.time.Clock clock;

  @GET
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Cohorts I manage or facilitate",
      description = "Coordinators and admins see all, facilitators their own.")
  public PageResponse<CohortView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return PageResponse.of(
        cohorts.views(cohorts.list(caller.actor(), PageRequest.parse(page, size))));
  }

  @GET
  @Path("open")
  @PermitAll
  @Operation(summary = "Cohorts open for requests", description = "The public catalogue.")
  public PageResponse<CohortView> open(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return PageResponse.of(cohorts.views(cohorts.open(PageRequest.parse(page, size))));
  }

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "Plan a cohort", description = "Starts as DRAFT.")
  public Response create(CohortForm form, @Context UriInfo uri) {
    Cohort created = cohorts.create(form, caller.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(view(created))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(summary = "One cohort with its seat counts")
  public CohortView one(@PathParam("id") String id) {
    return view(cohorts.require(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Edit a cohort",
      description =
          "Raising capacity seats people from the waitlist at once; lowering it below the seats taken is 409.")
  public CohortView update(@PathParam("id") String id, CohortForm form) {
    return view(cohorts.update(id, form, caller.actor()));
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Change the status",
      description = "DRAFT, OPEN, RUNNING, COMPLETED or CANCELLED; impossible moves are 409.")
  public CohortView status(@PathParam("id") String id, ActionBodies.Status body) {
    return view(cohorts.changeStatus(id, body == null ? null : body.status(), caller.actor()));
  }

  @POST
  @Path("{id}/enrollments")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Ask for a seat",
      description =
          "ENROLLED or OFFERED when a seat is free, else WAITLISTED with a position; 409 when the cohort takes no requests or you are already registered.")
  public Response requestSeat(@PathParam("id") String id, @Context UriInfo uri) {
    Enrollment e = enrollments.requestSeat(id, caller.memberId(), EnrollmentSource.REQUEST);
    return Response.created(uri.getBaseUriBuilder().path("enrollments").path(e.id()).build())
        .entity(waitlists.withPosition(e))
        .build();
  }

  @GET
  @Path("{id}/enrollments")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Roster",
      description = "Places in the cohort, filtered by status (default: ENROLLED and OFFERED).")
  public PageResponse<EnrollmentView> roster(
      @PathParam("id") String id,
      @QueryParam("status") List<String> status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Set<EnrollmentStatus> statuses = EnumSet.noneOf(EnrollmentStatus.class);
    for (String s : status) {
      for (String part : s.split(",")) {
        statuses.add(Cohorts.parse(EnrollmentStatus.class, part, "status"));
      }
    }
    if (statuses.isEmpty()) {
      statuses.addAll(EnrollmentStatus.HOLDING_SEAT);
    }
    return PageResponse.of(
        waitlists.roster(id, caller.actor(), statuses, PageRequest.parse(page, size)));
  }

  @GET
  @Path("{id}/waitlist")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "The waitlist in order",
      description = "Positions 1..n; people awaiting approval are INTERESTED.")
  public PageResponse<EnrollmentView> waitlist(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageResponse.of(waitlists.waitlist(id, caller.actor(), PageRequest.parse(page, size)));
  }

  @GET
  @Path("{id}/waitlist/history")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Every change to the waitlist",
      description = "Who, when and why; newest first.")
  public PageResponse<WaitlistEventView> history(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageResponse.of(waitlists.history(id, caller.actor(), PageRequest.parse(page, size)));
  }

  @GET
  @Path("{id}/figures")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(summary = "Seats, waitlist, invitation funnel and time to promotion")
  public CohortFigures figures(@PathParam("id") String id) {
    return waitlists.figures(id, caller.actor());
  }

  @POST
  @Path("{id}/invitations")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Invite people (JSON list)",
      description =
          "All or nothing: any bad row refuses the whole list (400, every bad row named by line); addresses already invited are skipped and listed.")
  public Invitations.ImportResult invite(@PathParam("id") String id, ActionBodies.Invitees body) {
    if (body == null || body.emails() == null) {
      throw new InvalidInputException(
          "emails", "emails is required: addresses one per line or separated by commas");
    }
    return invitations.inviteFromText(id, body.emails(), caller.actor());
  }

  @POST
  @Path("{id}/invitations")
  @Consumes("text/csv")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Invite people (CSV upload)",
      description = "A column 'email' and optionally 'name'; same all-or-nothing rule.")
  public Invitations.ImportResult inviteCsv(@PathParam("id") String id, String csv) {
    return invitations.inviteFromCsv(id, csv, caller.actor());
  }

  @GET
  @Path("{id}/invitations")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "Invitations of a cohort", description = "Newest first, with their status.")
  public PageResponse<InvitationView> invitations(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Cohort cohort = cohorts.require(id);
    return PageResponse.of(
        invitations
            .ofCohort(id, caller.actor(), PageRequest.parse(page, size))
            .map(i -> InvitationView.of(i, cohort, i.memberId() != null, clock.instant())));
  }

  private CohortView view(Cohort c) {
    return CohortView.of(c, cohorts.waiting(c.id()));
  }
}
