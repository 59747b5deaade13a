package org.virtualcampus.learning.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.entity.ReviewCategory;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.paging.PageRequest;

/** A cohort's review queue, for its facilitators and coordinators. */
@ApplicationScoped
@Path("cohorts/{cohortId}/reviews")
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {
  @Inject Reviews reviews;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "reviewQueue",
      summary =
          "One pile of the cohort's review queue, oldest hand-in first, with every pile's size",
      description =
          "category: WAITING (first versions on time), LATE, REVISED (later versions on time),"
              + " TO_RELEASE (reviewed, not yet released) or RELEASED; mine=true: only my reviews.")
  @APIResponse(
      responseCode = "200",
      description = "The pile",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReviewQueue")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ReviewQueue queue(
      @PathParam("cohortId") String cohortId,
      @QueryParam("category") String category,
      @QueryParam("mine") String mine,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return reviews.queue(
        cohortId, category(category), flag(mine), PageRequest.parse(page, size), caller.get());
  }

  @POST
  @Path("releases")
  @RolesAllowed({"FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "releaseAllReviews",
      summary = "Release every reviewed hand-in of the cohort (mine=true: only mine)",
      description = "Each educator is notified. Answers how many were released.")
  @APIResponse(
      responseCode = "200",
      description = "How many were released",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReleaseResult")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ReleaseResult releaseAll(
      @PathParam("cohortId") String cohortId, @QueryParam("mine") String mine) {
    return new ReleaseResult(reviews.releaseAll(cohortId, flag(mine), caller.get()));
  }

  private static ReviewCategory category(String value) {
    if (value == null || value.isBlank()) {
      return ReviewCategory.WAITING;
    }
    try {
      return ReviewCategory.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "category", "category is one of WAITING, LATE, REVISED, TO_RELEASE, RELEASED");
    }
  }

  private static boolean flag(String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new InvalidInputException("mine", "mine is true or false");
  }
}
