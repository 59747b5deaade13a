package org.virtualcampus.enrollment.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_LARGE;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;
import static org.virtualcampus.platform.rest.ApiComponents.UNSUPPORTED_TYPE;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.rest.PageResponse;
import org.virtualcampus.platform.rest.RenderedJson;

@ApplicationScoped
@Path("cohorts")
@Tag(name = "Cohorts", description = "Runs of a course: seats, waitlist, invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortsResource {
  static final String[] SIGNED_IN = {"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"};

  @Inject Cohorts cohorts;
  @Inject Catalogue catalogue;
  @Inject Waitlists waitlists;
  @Inject CurrentActor caller;
  @Inject RenderedJson json;

  @GET
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "listCohorts",
      summary = "Cohorts I manage or facilitate",
      description = "Coordinators and admins see all, facilitators their own.")
  @APIResponse(
      responseCode = "200",
      description = "One page of cohorts",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CohortViewPage")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public PageResponse<CohortView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return PageResponse.of(
        cohorts.views(cohorts.list(caller.get(), PageRequest.parse(page, size))));
  }

  @GET
  @Path("open")
  @PermitAll
  @Operation(
      operationId = "openCohorts",
      summary = "Cohorts open for requests",
      description = "The public catalogue.")
  @APIResponse(
      responseCode = "200",
      description = "One page of open cohorts",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CohortViewPage")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public Response open(
      @Parameter(description = "Only cohorts whose name or course title contains this, any case")
          @QueryParam("q")
          String q,
      @Parameter(description = "Only cohorts of this course (its id)") @QueryParam("courseId")
          String courseId,
      @Parameter(description = "OPEN_TO_COMMUNITY or INVITATION_ONLY") @QueryParam("admission")
          String admission,
      @Parameter(description = "Only cohorts starting on or before this date (2027-03-01)")
          @QueryParam("startsBy")
          String startsBy,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Page<CohortView> open =
        catalogue.open(
            CatalogueFilter.parse(q, courseId, admission, startsBy), PageRequest.parse(page, size));
    // A kept page is shared by every request until it goes stale: its JSON is written once.
    return Response.ok(json.of(open, () -> PageResponse.of(open)), MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "createCohort",
      summary = "Plan a cohort",
      description = "Starts as DRAFT.")
  @APIResponse(
      responseCode = "201",
      description = "The new cohort; Location names it",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CohortView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public Response create(CohortForm form, @Context UriInfo uri) {
    Cohort created = cohorts.create(form, caller.get());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(view(created))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "oneCohort",
      summary = "One cohort with its seat counts",
      description = "A DRAFT cohort is 404 for everyone but coordinators and admins.")
  @APIResponse(
      responseCode = "200",
      description = "The cohort",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CohortView")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CohortView one(@PathParam("id") String id) {
    return view(cohorts.requireVisible(id, caller.get()));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "updateCohort",
      summary = "Edit a cohort",
      description =
          "Raising capacity seats people from the waitlist at once; lowering it below the seats taken is 409.")
  @APIResponse(
      responseCode = "200",
      description = "The edited cohort",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CohortView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public CohortView update(@PathParam("id") String id, CohortForm form) {
    return view(cohorts.update(id, form, caller.get()));
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Change the status",
      description = "DRAFT, OPEN, RUNNING, COMPLETED or CANCELLED; impossible moves are 409.")
  @APIResponse(
      responseCode = "200",
      description = "The cohort in its new status",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CohortView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public CohortView status(@PathParam("id") String id, ActionBodies.Status body) {
    return view(cohorts.changeStatus(id, body == null ? null : body.status(), caller.get()));
  }

  @GET
  @Path("{id}/figures")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(summary = "Seats, waitlist, invitation funnel and time to promotion")
  @APIResponse(
      responseCode = "200",
      description = "The cohort's figures",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CohortFigures")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CohortFigures figures(@PathParam("id") String id) {
    return waitlists.figures(id, caller.get());
  }

  private CohortView view(Cohort c) {
    return cohorts.view(c);
  }
}
