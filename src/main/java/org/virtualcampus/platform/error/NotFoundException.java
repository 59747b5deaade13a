package org.virtualcampus.platform.error;

/** Something asked for by id does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {
  public NotFoundException(String what, String id) {
    super(what + " not found", "No " + what.toLowerCase() + " with id " + id + ".");
  }
}
