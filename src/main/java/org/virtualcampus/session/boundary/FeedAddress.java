package org.virtualcampus.session.boundary;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member's calendar feed. The address (with its secret) is shown only when it is made; the campus
 * keeps a hash of the secret, so a lost address is replaced, never shown again.
 */
@Schema(name = "FeedAddress")
public record FeedAddress(
    @Schema(description = "Whether the member has a feed") boolean exists,
    @Schema(description = "The subscribe address; only in the answer that made it") String url,
    Instant createdAt)
    implements java.io.Serializable {}
