package org.virtualcampus.peerfeedback.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** A peer feedback session's practice: groups, rounds, each member's view and forms. */
@ApplicationScoped
@Path("sessions/{sessionId}/practice")
@Tag(name = "Peer feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticeResource {
  private static final String STAFF_ROLES = "FACILITATOR";

  @Inject PracticeRuns runs;
  @Inject PracticeForms forms;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({STAFF_ROLES, "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "practiceBoard",
      summary = "The facilitator's board: groups, round, forms missing")
  @APIResponse(
      responseCode = "200",
      description = "The board",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PracticeBoard")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public PracticeBoard board(@PathParam("sessionId") String sessionId) {
    return runs.board(sessionId, caller.get());
  }

  @POST
  @Path("groups")
  @RolesAllowed({STAFF_ROLES, "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "formPracticeGroups",
      summary = "Form groups of three from those checked in (again, before the first round)",
      description =
          "Groups planned in advance are re-formed from those checked in. Fewer than two checked"
              + " in, or rounds already started: 409 with the reason.")
  @APIResponse(
      responseCode = "200",
      description = "The board",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PracticeBoard")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public PracticeBoard form(@PathParam("sessionId") String sessionId, PracticeSetup setup) {
    return runs.form(sessionId, setup, caller.get());
  }

  @POST
  @Path("moves")
  @RolesAllowed({STAFF_ROLES, "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "movePracticeMember",
      summary =
          "Move someone to another group before the first round; a full group of four is a 409")
  @APIResponse(
      responseCode = "200",
      description = "The board",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PracticeBoard")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public PracticeBoard move(
      @PathParam("sessionId") String sessionId,
      @NotNull(message = "a request body is required") @Valid GroupMove move) {
    return runs.move(sessionId, move.getMemberId(), move.getGroup(), caller.get());
  }

  @POST
  @Path("late-arrivals")
  @RolesAllowed({STAFF_ROLES, "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "placeLateArrival",
      summary = "Add someone who checked in late to a group, as an observer")
  @APIResponse(
      responseCode = "200",
      description = "The board",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PracticeBoard")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public PracticeBoard late(
      @PathParam("sessionId") String sessionId,
      @NotNull(message = "a request body is required") @Valid GroupMove arrival) {
    return runs.joinLate(sessionId, arrival.getMemberId(), caller.get());
  }

  @PUT
  @Path("groups/{number}/breakout-url")
  @RolesAllowed({STAFF_ROLES, "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "setBreakoutRoom",
      summary = "Give a group the https link of its breakout room (empty clears it)")
  @APIResponse(
      responseCode = "200",
      description = "The board",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PracticeBoard")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public PracticeBoard breakout(
      @PathParam("sessionId") String sessionId,
      @PathParam("number") int number,
      BreakoutRoom room) {
    return runs.meetAt(sessionId, number, room, caller.get());
  }

  @POST
  @Path("rounds")
  @RolesAllowed({STAFF_ROLES, "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "startPracticeRound",
      summary = "Start the next round; before groups exist it is a 409")
  @APIResponse(
      responseCode = "200",
      description = "The board",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PracticeBoard")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public PracticeBoard startRound(@PathParam("sessionId") String sessionId) {
    return runs.startRound(sessionId, caller.get());
  }

  @GET
  @Path("mine")
  @RolesAllowed({"EDUCATOR", STAFF_ROLES, "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "myPractice",
      summary = "My group, my role this round, my part of the scenario, the timer and my form")
  @APIResponse(
      responseCode = "200",
      description = "My practice",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MyPractice")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public MyPractice mine(@PathParam("sessionId") String sessionId) {
    return forms.mine(sessionId, caller.get());
  }

  @PUT
  @Path("rounds/{round}/form")
  @RolesAllowed({"EDUCATOR", STAFF_ROLES, "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "savePracticeForm",
      summary = "Save (submit: true to submit) the form my role writes about this round",
      description =
          "Not in a group of that round: 403. A rating off the scale: 400 naming the element.")
  @APIResponse(
      responseCode = "200",
      description = "The form",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PracticeForm")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public FormView save(
      @PathParam("sessionId") String sessionId, @PathParam("round") int round, FormInput input) {
    return forms.save(sessionId, round, input, caller.get());
  }

  @PUT
  @Path("rounds/{round}/coaching/{giverId}")
  @RolesAllowed({STAFF_ROLES, "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "coachPracticeRound",
      summary = "A coach's comment (text) on a giver's round")
  @APIResponse(
      responseCode = "200",
      description = "The comment",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PracticeForm")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public FormView coach(
      @PathParam("sessionId") String sessionId,
      @PathParam("round") int round,
      @PathParam("giverId") String giverId,
      FormInput input) {
    return forms.coach(sessionId, round, giverId, input, caller.get());
  }
}
