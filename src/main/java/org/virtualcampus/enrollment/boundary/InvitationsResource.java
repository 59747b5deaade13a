package org.virtualcampus.enrollment.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_LARGE;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_MANY;
import static org.virtualcampus.platform.rest.ApiComponents.UNSUPPORTED_TYPE;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.SignUpForm;
import org.virtualcampus.platform.error.InvalidInputException;

/** The invitee's side: the link's token is the credential, so these need no sign-in. */
@ApplicationScoped
@Path("invitations")
@Tag(name = "Invitations", description = "Answering an invitation link")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {
  @Inject Invitations invitations;

  /** Body of an answer; account is needed only for "INTERESTED" from someone without an account. */
  public record Answer(String answer, SignUpForm account) {}

  @GET
  @Path("{token}")
  @PermitAll
  @Operation(
      summary = "Read an invitation",
      description =
          "404 for an unknown link. Reading changes nothing (mail scanners fetch links too): the"
              + " invitation counts as opened when the invitee answers.")
  @APIResponse(
      responseCode = "200",
      description = "The invitation and its cohort",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "InvitationView")))
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public InvitationView open(@PathParam("token") String token) {
    return invitations.show(token);
  }

  @POST
  @Path("{token}/answer")
  @PermitAll
  @Operation(
      summary = "Answer an invitation",
      description =
          "answer INTERESTED (asks for a seat; creates the account from 'account' when needed) or DECLINED; 409 when expired or already answered.")
  @APIResponse(
      responseCode = "200",
      description = "The answered invitation",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "InvitationView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  @APIResponse(responseCode = "429", ref = TOO_MANY)
  public InvitationView answer(@PathParam("token") String token, Answer body) {
    String answer = body == null || body.answer() == null ? "" : body.answer().trim().toUpperCase();
    if (!answer.equals("INTERESTED") && !answer.equals("DECLINED")) {
      throw new InvalidInputException("answer", "answer must be INTERESTED or DECLINED");
    }
    return invitations.answer(token, answer.equals("INTERESTED"), body.account());
  }
}
