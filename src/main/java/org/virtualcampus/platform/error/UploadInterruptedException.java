package org.virtualcampus.platform.error;

/**
 * An upload whose body ended early (the connection was cut, or fewer bytes came than announced):
 * nothing was stored. The client is usually gone; if not, it learns to send the file again.
 */
public class UploadInterruptedException extends DomainException {
  public UploadInterruptedException(String detail) {
    super("Upload interrupted", detail);
  }
}
