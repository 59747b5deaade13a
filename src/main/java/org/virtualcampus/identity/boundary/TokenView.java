package org.virtualcampus.identity.boundary;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new bearer token, shown once: send it as {@code Authorization: Bearer <token>}. */
@Schema(
    name = "TokenView",
    description =
        "A bearer token (shown once; only its hash is stored) and the instant it expires.")
public record TokenView(String token, OffsetDateTime expiresAt) {}
