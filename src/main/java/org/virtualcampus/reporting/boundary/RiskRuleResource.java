package org.virtualcampus.reporting.boundary;

import static org.virtualcampus.platform.rest.ApiComponents.BAD_REQUEST;
import static org.virtualcampus.platform.rest.ApiComponents.FORBIDDEN;
import static org.virtualcampus.platform.rest.ApiComponents.NOT_FOUND;
import static org.virtualcampus.platform.rest.ApiComponents.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** A course's rule for members at risk. */
@ApplicationScoped
@Path("courses/{courseId}/risk-rule")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class RiskRuleResource {
  @Inject RiskRules rules;
  @Inject CurrentActor caller;

  @GET
  @Operation(operationId = "riskRule", summary = "The course's rule for members at risk")
  @APIResponse(
      responseCode = "200",
      description = "The rules (the defaults until changed)",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RiskRule")))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public RiskRuleForm get(@PathParam("courseId") String courseId) {
    return rules.of(courseId, caller.get());
  }

  @PUT
  @Operation(
      operationId = "changeRiskRule",
      summary = "Change the thresholds: absences and missing homework, each at least 1")
  @APIResponse(
      responseCode = "200",
      description = "The rules",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RiskRule")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public RiskRuleForm change(@PathParam("courseId") String courseId, RiskRuleForm form) {
    return rules.change(courseId, form, caller.get());
  }
}
