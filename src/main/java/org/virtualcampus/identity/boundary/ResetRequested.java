package org.virtualcampus.identity.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one answer to "forgot password?", whether an account has the address or not. */
@Schema(
    name = "ResetRequested",
    description = "The same answer whether or not an account has the address.")
public record ResetRequested(String detail) {}
