package org.virtualcampus.files.boundary;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.files.entity.StoredFile;

/** A stored file as other features know it; the bytes come from {@code /files/{id}}. */
@Schema(name = "StoredFileView")
public record StoredFileView(
    String id, String fileName, String mediaType, long sizeBytes, String sha256, Instant createdAt)
    implements java.io.Serializable {

  static StoredFileView of(StoredFile f) {
    return new StoredFileView(
        f.id(), f.fileName(), f.mediaType(), f.sizeBytes(), f.sha256(), f.createdAt());
  }
}
