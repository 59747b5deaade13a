package org.virtualcampus.platform.error;

/** The caller is signed in but may not act on this object. */
public class AccessDeniedException extends DomainException {
  public AccessDeniedException(String detail) {
    super("Forbidden", detail);
  }
}
