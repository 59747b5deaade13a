package org.virtualcampus.platform.error;

/**
 * The request is well formed but clashes with the current state (cohort full, offer expired,
 * duplicate).
 */
public class ConflictException extends DomainException {
  public ConflictException(String title, String detail) {
    super(title, detail);
  }
}
