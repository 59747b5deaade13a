package org.virtualcampus.platform.error;

/** Something that existed no longer counts: a single-use link already used or expired. */
public class GoneException extends DomainException {
  public GoneException(String title, String detail) {
    super(title, detail);
  }
}
