package org.virtualcampus.enrollment.boundary;

/** How many people a bulk action reached. */
public record BulkResult(int people) {}
