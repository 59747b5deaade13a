package org.virtualcampus.learning.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/**
 * A hand-in as its reviewers see it: the cohort's facilitators and coordinators; anyone else
 * (including the educator, who reads it under their cohort's modules) gets 404.
 */
@ApplicationScoped
@Path("submissions/{submissionId}")
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionsResource {
  @Inject Reviews reviews;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "submissionForReview",
      summary = "A hand-in with its earlier versions and feedback, the homework and its rubric",
      description =
          "For the cohort's facilitators and coordinators; for anyone else, the educator included"
              + " (who reads it under the module's homework), there is no such hand-in (404).")
  @APIResponse(
      responseCode = "200",
      description = "The hand-in",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "SubmissionReview")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public SubmissionReview get(@PathParam("submissionId") String submissionId) {
    return reviews.submission(submissionId, caller.get());
  }

  @PUT
  @Path("review")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "reviewSubmission",
      summary = "Score with the rubric, comment and decide (REVISION_REQUESTED or ACCEPTED)",
      description =
          "Every rubric criterion gets one of its levels (400 naming the criterion otherwise)."
              + " The educator sees it once released; until then it can be changed (409 after).")
  @APIResponse(
      responseCode = "200",
      description = "The hand-in with the review",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "SubmissionReview")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public SubmissionReview review(@PathParam("submissionId") String submissionId, ReviewForm form) {
    return reviews.review(submissionId, form, caller.get());
  }

  @POST
  @Path("release")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "releaseReview",
      summary = "Show the review to the educator, who is notified")
  @APIResponse(
      responseCode = "200",
      description = "The hand-in, released",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "SubmissionReview")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public SubmissionReview release(@PathParam("submissionId") String submissionId) {
    return reviews.release(submissionId, caller.get());
  }

  @PUT
  @Path("reviewer")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "reassignReview",
      summary = "Give the review to another facilitator of the cohort")
  @APIResponse(
      responseCode = "200",
      description = "The hand-in with its new reviewer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "SubmissionReview")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public SubmissionReview reassign(
      @PathParam("submissionId") String submissionId, Reassignment to) {
    return reviews.reassign(submissionId, to, caller.get());
  }
}
