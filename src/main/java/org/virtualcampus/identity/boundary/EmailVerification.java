package org.virtualcampus.identity.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to following a verification link. */
@Schema(name = "EmailVerification", description = "The address the link verified.")
public record EmailVerification(String email, boolean verified) {}
