package org.virtualcampus.learning.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file handed in with homework; read it at {@code /api/v1/files/{id}} (pages: /files/{id}). */
@Schema(name = "AttachmentView")
public record AttachmentView(
    String id, String fileName, String mediaType, long sizeBytes, String sha256)
    implements java.io.Serializable {}
