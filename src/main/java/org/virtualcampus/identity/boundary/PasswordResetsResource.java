package org.virtualcampus.identity.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.GONE;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_LARGE;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_MANY;
import static org.virtualcampus.platform.rest.ApiComponents.UNSUPPORTED_TYPE;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Forgot password?": a link by e-mail, then a new password through it. No sign-in needed. */
@ApplicationScoped
@Path("password-resets")
@Tag(name = "Password resets", description = "Setting a new password through a link by e-mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetsResource {

  @Inject PasswordResets resets;

  @POST
  @PermitAll
  @Operation(
      summary = "Ask for a password-reset link",
      description =
          "Mails a single-use link (valid for an hour) when an account has the address. The answer"
              + " is the same whether or not one has.")
  @APIResponse(
      responseCode = "202",
      description = "Accepted; a link is mailed if an account has the address",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ResetRequested")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  @APIResponse(responseCode = "429", ref = TOO_MANY)
  public Response request(ResetRequest body) {
    return Response.accepted(resets.request(body)).build();
  }

  @POST
  @Path("{token}")
  @PermitAll
  @Operation(
      summary = "Set a new password through a reset link",
      description =
          "Sets the password (rules of sign-up), verifies the address, and ends every session and"
              + " API token of the member. 400 for an unknown token or a password that breaks the"
              + " rules, 410 when the link was used already or has expired.")
  @APIResponse(
      responseCode = "200",
      description = "Done; how many API tokens ended",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Revocation")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "410", ref = GONE)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  public Response reset(@PathParam("token") String token, NewPassword body) {
    return Response.ok(resets.reset(token, body))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
