package org.virtualcampus.platform.error;

/** An upload larger than its limit: 413, stopped as soon as the limit was passed. */
public class PayloadTooLargeException extends DomainException {
  public PayloadTooLargeException(String detail) {
    super("Payload Too Large", detail);
  }
}
