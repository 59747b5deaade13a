package org.virtualcampus.learning.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many reviews a "release all" showed to their educators. */
@Schema(name = "ReleaseResult")
public record ReleaseResult(int released) {}
