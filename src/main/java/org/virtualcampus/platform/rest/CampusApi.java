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
 * The JSON API. Callers exchange e-mail and password for a revocable bearer token ({@code POST
 * /api/v1/tokens}) and send it as {@code Authorization: Bearer <token>}; the API keeps no session
 * of its own and ignores the page session cookie.
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
                    + " practice. Authenticate with a bearer token: POST /api/v1/tokens with a member's"
                    + " e-mail and password answers {token, expiresAt}; send it as 'Authorization:"
                    + " Bearer <token>'; DELETE /api/v1/tokens/current revokes it. The page session"
                    + " cookie does not count here."
                    + " Errors are application/problem+json."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "An opaque, revocable token from POST /api/v1/tokens; expires after"
            + " campus.security.token-hours (12 by default).")
public class CampusApi extends Application {}
