package org.virtualcampus.files.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A file the caller may read, checked against what its upload measured, and how to answer for it:
 * the whole file (200) or one byte range (206), streamed in small pieces.
 */
public record Download(StoredFileView file, Path path) {
  private static final int BUFFER = 64 * 1024;

  /** Audio, video and images play or show in the page; everything else is saved. */
  public boolean inline() {
    String type = file.mediaType();
    return type.startsWith("audio/") || type.startsWith("video/") || type.startsWith("image/");
  }

  /** The headers of the answer (type, length, disposition, ranges, ETag). */
  public Map<String, String> headers(Optional<ByteRange> range) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", file.mediaType());
    headers.put("Accept-Ranges", "bytes");
    headers.put("ETag", "\"" + file.sha256() + "\"");
    headers.put(
        "Content-Disposition",
        (inline() ? "inline" : "attachment")
            + "; filename=\""
            + file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_")
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    headers.put("Cache-Control", "private, no-store");
    if (range.isPresent()) {
      ByteRange r = range.get();
      headers.put("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + file.sizeBytes());
      headers.put("Content-Length", Long.toString(r.length()));
    } else {
      headers.put("Content-Length", Long.toString(file.sizeBytes()));
    }
    return headers;
  }

  /** Copies the file, or the range of it, to {@code out}. */
  public void copyTo(OutputStream out, Optional<ByteRange> range) throws IOException {
    long skip = range.map(ByteRange::first).orElse(0L);
    long remaining = range.map(ByteRange::length).orElse(file.sizeBytes());
    try (InputStream in = Files.newInputStream(path)) {
      in.skipNBytes(skip);
      byte[] buffer = new byte[BUFFER];
      while (remaining > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
        if (n < 0) {
          break;
        }
        out.write(buffer, 0, n);
        remaining -= n;
      }
    }
  }
}
