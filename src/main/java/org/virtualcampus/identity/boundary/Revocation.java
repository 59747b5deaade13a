package org.virtualcampus.identity.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a sign-out did: how many API tokens it revoked. */
@Schema(name = "Revocation", description = "How many API tokens the sign-out revoked.")
public record Revocation(int tokensRevoked) {}
