package org.virtualcampus.platform.error;

/** An upload whose content is not one of the allowed types: 415 naming them. */
public class UnsupportedTypeException extends DomainException {
  public UnsupportedTypeException(String detail) {
    super("Unsupported Media Type", detail);
  }
}
