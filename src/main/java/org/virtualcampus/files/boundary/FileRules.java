package org.virtualcampus.files.boundary;

import java.util.List;

/** What an upload may be: at most {@code maxBytes}, and one of the allowed short type names. */
public record FileRules(long maxBytes, List<String> allowedTypes) {
  public FileRules {
    allowedTypes = List.copyOf(allowedTypes);
  }

  /** "20 MB" for messages. */
  String limitText() {
    long mb = maxBytes / (1024 * 1024);
    return mb * 1024 * 1024 == maxBytes ? mb + " MB" : maxBytes + " bytes";
  }
}
