package org.virtualcampus.platform.error;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A field that differs between the stored object and what a client sent: its current value and the
 * client's, both as the API writes them (a null is sent as null, not left out).
 */
@JsonbNillable
public record FieldChange(String field, Object current, Object yours) {}
