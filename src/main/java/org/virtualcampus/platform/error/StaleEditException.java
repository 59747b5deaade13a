package org.virtualcampus.platform.error;

import java.util.List;

/**
 * An edit based on an old version: someone saved the object after the client read it. Nothing is
 * written; the exception says which fields now differ from the client's copy, with their current
 * values, and the version to send when the client saves again.
 */
public class StaleEditException extends ConflictException {
  private final long currentVersion;
  private final List<FieldChange> changes;

  public StaleEditException(String what, long currentVersion, List<FieldChange> changes) {
    super(
        "Changed meanwhile",
        "This "
            + what
            + " was saved by someone else after you read it; it is now at version "
            + currentVersion
            + ". Nothing was saved."
            + (changes.isEmpty()
                ? ""
                : " Fields whose current values differ from yours: "
                    + String.join(", ", changes.stream().map(FieldChange::field).toList())
                    + "."));
    this.currentVersion = currentVersion;
    this.changes = List.copyOf(changes);
  }

  public long currentVersion() {
    return currentVersion;
  }

  public List<FieldChange> changes() {
    return changes;
  }
}
