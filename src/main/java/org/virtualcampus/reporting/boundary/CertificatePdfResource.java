package org.virtualcampus.reporting.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** A participant's own certificate as a PDF. */
@ApplicationScoped
@Path("cohorts/{cohortId}/certificate.pdf")
@Tag(name = "Certificates")
public class CertificatePdfResource {
  @Inject Certificates certificates;
  @Inject CurrentActor caller;

  @GET
  @Produces(SummaryPdfResource.PDF)
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(operationId = "myCertificatePdf", summary = "My certificate as a PDF")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      content =
          @Content(
              mediaType = SummaryPdfResource.PDF,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response pdf(@PathParam("cohortId") String cohortId) {
    return Response.ok(certificates.minePdf(cohortId, caller.get()), SummaryPdfResource.PDF)
        .header("Content-Disposition", "attachment; filename=\"certificate.pdf\"")
        .build();
  }
}
