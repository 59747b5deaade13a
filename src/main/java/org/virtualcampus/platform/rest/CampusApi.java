package org.virtualcampus.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API. Callers authenticate with HTTP Basic (member e-mail and password) on every request;
 * the API keeps no session of its own.
 */
@ApplicationPath("/api/v1")
@DeclareRoles({"EDUCATOR", "FACILITATOR", "COORDINATOR", "ADMIN"})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Virtual Campus API",
            version = "1",
            description =
                "Cohorts, waitlists, modules, homework, live sessions and attendance for communities of"
                    + " practice. Authenticate with HTTP Basic using a member's e-mail and password."
                    + " Errors are application/problem+json."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class CampusApi extends Application {}
