package org.virtualcampus.files.boundary;

import java.util.Optional;

/**
 * One byte range of a file of {@code size} bytes, from a {@code Range: bytes=…} header: {@code
 * a-b}, {@code a-} or the last {@code n} bytes ({@code -n}). Several ranges are answered with the
 * whole file, which RFC 9110 allows.
 */
public record ByteRange(long first, long last) {

  public long length() {
    return last - first + 1;
  }

  /** Empty: serve the whole file (no header, several ranges, or a header it does not read). */
  public static Optional<ByteRange> parse(String header, long size) throws Unsatisfiable {
    if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
      return Optional.empty();
    }
    String spec = header.substring(6).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    try {
      String from = spec.substring(0, dash).trim();
      String to = spec.substring(dash + 1).trim();
      if (from.isEmpty()) {
        long suffix = Long.parseLong(to);
        if (suffix <= 0 || size == 0) {
          throw new Unsatisfiable();
        }
        return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
      }
      long first = Long.parseLong(from);
      long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
      if (first >= size || last < first) {
        throw new Unsatisfiable();
      }
      return Optional.of(new ByteRange(first, last));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A range that lies outside the file: 416. */
  public static final class Unsatisfiable extends Exception {
    public Unsatisfiable() {
      super("range not satisfiable", null, false, false);
    }
  }
}
