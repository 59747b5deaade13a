package org.virtualcampus.platform.error;

/**
 * Base of the business exceptions. They carry no JAX-RS types so the pages can show the same
 * message the API returns; {@code ProblemMapper} turns each kind into one HTTP status.
 */
public abstract class DomainException extends RuntimeException {
  private final String title;

  protected DomainException(String title, String detail) {
    super(detail);
    this.title = title;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }
}
