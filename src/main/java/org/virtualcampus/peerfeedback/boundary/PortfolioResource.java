package org.virtualcampus.peerfeedback.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.virtualcampus.identity.boundary.CurrentActor;

/** The caller's feedback portfolio. */
@ApplicationScoped
@Path("portfolio")
@Tag(name = "Peer feedback")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {
  @Inject Portfolios portfolios;
  @Inject CurrentActor caller;

  @GET
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "myPortfolio",
      summary = "Every round I gave feedback in, with what others said, and my growth per element")
  @APIResponse(
      responseCode = "200",
      description = "My portfolio",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "FeedbackPortfolio")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public Portfolio mine() {
    return portfolios.mine(caller.get());
  }

  @GET
  @Path("pdf")
  @Produces("application/pdf")
  @RolesAllowed({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
  @Operation(
      operationId = "myPortfolioPdf",
      summary = "My portfolio as a PDF, for continuing-education records")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      content =
          @Content(
              mediaType = "application/pdf",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                      format = "binary")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public jakarta.ws.rs.core.Response pdf() {
    return jakarta.ws.rs.core.Response.ok(portfolios.pdf(caller.get()), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"feedback-portfolio.pdf\"")
        .build();
  }
}
