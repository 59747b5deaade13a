package org.virtualcampus.platform.ui;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * What a view-scoped report page shows, kept with the page on this instance but not in the page
 * session. Payara writes the whole page session to the cluster's store after every request and
 * reads it back, so a report's figures would travel there and back with every click; after a move
 * to another instance they are read again on first use.
 */
public final class ShownFigures<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient T shown;
  private transient boolean read;

  /** Reads the figures now (the page's view action); {@code source} answers null when it failed. */
  public void read(Supplier<T> source) {
    read = true;
    shown = source.get();
  }

  /** The figures, read first if this instance has not read them for the page yet. */
  public T get(Supplier<T> source) {
    if (!read) {
      read(source);
    }
    return shown;
  }
}
