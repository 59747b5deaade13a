package org.virtualcampus.platform.persistence;

import java.util.UUID;

/**
 * Identifiers are random UUIDs made by the application: no sequence table to contend on during an
 * enrollment rush, identical behaviour on H2 and MySQL, and ids that cannot be guessed in URLs.
 */
public final class Ids {
  private Ids() {}

  public static String newId() {
    return UUID.randomUUID().toString();
  }
}
