package org.virtualcampus.reporting.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Verifying a certificate by its code, without signing in: employers and licensing boards. */
@ApplicationScoped
@Path("certificates")
@Tag(name = "Certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {
  @Inject Certificates certificates;

  @GET
  @Path("{code}")
  @PermitAll
  @Operation(
      operationId = "verifyCertificate",
      summary = "What a certificate code certifies: holder, course, cohort, dates and hours")
  @APIResponse(
      responseCode = "200",
      description = "The certificate",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Certificate")))
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CertificateView verify(@PathParam("code") String code) {
    return certificates.verify(code);
  }
}
