package org.virtualcampus.reporting.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.CONFLICT;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** A participant's own certificate of completion in a cohort. */
@ApplicationScoped
@Path("cohorts/{cohortId}/certificate")
@Tag(name = "Certificates")
@Produces(MediaType.APPLICATION_JSON)
public class MyCertificateResource {
  @Inject Certificates certificates;
  @Inject CurrentActor caller;

  @POST
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "earnCertificate",
      summary = "Issue my certificate once I meet the course's completion rule",
      description =
          "The rule: attendance at least 80% and homework done in at least 80% of the modules."
              + " 201 when issued now, 200 when issued before, 409 with what is missing.")
  @APIResponse(
      responseCode = "201",
      description = "Issued",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Certificate")))
  @APIResponse(
      responseCode = "200",
      description = "Issued before",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Certificate")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response earn(@PathParam("cohortId") String cohortId) {
    Certificates.Issued issued = certificates.earn(cohortId, caller.get());
    return Response.status(issued.created() ? 201 : 200).entity(issued.certificate()).build();
  }

  @GET
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(operationId = "myCertificate", summary = "My certificate in the cohort")
  @APIResponse(
      responseCode = "200",
      description = "The certificate",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Certificate")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CertificateView mine(@PathParam("cohortId") String cohortId) {
    return certificates.mine(cohortId, caller.get());
  }
}
