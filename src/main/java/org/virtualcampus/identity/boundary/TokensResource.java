package org.virtualcampus.identity.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_LARGE;
import static org.virtualcampus.platform.rest.ApiComponents.TOO_MANY;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;
import static org.virtualcampus.platform.rest.ApiComponents.UNSUPPORTED_TYPE;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.platform.rest.Problem;

@ApplicationScoped
@Path("tokens")
@Tag(name = "Tokens", description = "Bearer tokens for the API")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {

  @Inject ApiTokens tokens;
  @Inject CurrentActor caller;

  @POST
  @PermitAll
  @Operation(
      summary = "Get a bearer token",
      description =
          "Exchanges a member's e-mail and password for a token to send as 'Authorization: Bearer"
              + " <token>'. 401 when they do not match (whether or not the account exists); 429"
              + " with Retry-After after too many failures from this client or for this account. Only the token's hash is stored: keep the token, it is shown once.")
  @APIResponse(
      responseCode = "201",
      description = "The token and when it expires",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenView")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "413", ref = TOO_LARGE)
  @APIResponse(responseCode = "415", ref = UNSUPPORTED_TYPE)
  @APIResponse(responseCode = "429", ref = TOO_MANY)
  public Response create(TokenRequest request, @Context UriInfo uri) {
    return tokens
        .issue(request)
        .map(
            token ->
                Response.created(uri.getAbsolutePathBuilder().path("current").build())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(token)
                    .build())
        .orElseGet(
            () ->
                Response.fromResponse(
                        Problem.of(
                                "unauthenticated",
                                "Unauthorized",
                                401,
                                "Sign-in failed. Check the e-mail address and password.")
                            .toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Virtual Campus\"")
                    .build());
  }

  @DELETE
  @Path("current")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      summary = "Revoke this token",
      description = "Revokes the bearer token of this request; it is refused from now on.")
  @APIResponse(
      responseCode = "200",
      description = "How many tokens were revoked (1)",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Revocation")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public Revocation revokeCurrent(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String token =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? authorization.substring(7).trim()
            : null;
    return tokens.revoke(token, caller.memberId());
  }
}
