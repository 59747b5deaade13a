package org.virtualcampus.enrollment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.SignUpForm;
import org.virtualcampus.platform.error.InvalidInputException;

/** The invitee's side: the link's token is the credential, so these need no sign-in. */
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
  @Operation(summary = "Open an invitation", description = "404 for an unknown link.")
  public InvitationView open(@PathParam("token") String token) {
    return invitations.open(token);
  }

  @POST
  @Path("{token}/answer")
  @PermitAll
  @Operation(
      summary = "Answer an invitation",
      description =
          "answer INTERESTED (asks for a seat; creates the account from 'account' when needed) or DECLINED; 409 when expired or already answered.")
  public InvitationView answer(@PathParam("token") String token, Answer body) {
    String answer = body == null || body.answer() == null ? "" : body.answer().trim().toUpperCase();
    if (!answer.equals("INTERESTED") && !answer.equals("DECLINED")) {
      throw new InvalidInputException("answer", "answer must be INTERESTED or DECLINED");
    }
    return invitations.answer(token, answer.equals("INTERESTED"), body.account());
  }
}
