package org.virtualcampus.platform.error;

import java.io.IOException;

/**
 * The file directory could not take a file: the disk is full (507) or the storage failed otherwise
 * (503). Nothing was stored and what was there before stays; the client may try again later.
 */
public class StorageUnavailableException extends DomainException {
  private final boolean full;

  private StorageUnavailableException(boolean full, String detail, IOException cause) {
    super(full ? "Storage full" : "Storage unavailable", detail);
    this.full = full;
    initCause(cause);
  }

  /** Reads the failure the file system gave. */
  public static StorageUnavailableException of(IOException e) {
    String reason = String.valueOf(e.getMessage());
    boolean full = reason.contains("No space left") || reason.contains("Disk quota exceeded");
    return new StorageUnavailableException(
        full,
        full
            ? "The file store is full, so nothing was stored and the earlier version stays. Try"
                + " again later; the campus staff have been told."
            : "The file store could not take the file, so nothing was stored and the earlier"
                + " version stays. Try again later.",
        e);
  }

  public boolean full() {
    return full;
  }
}
