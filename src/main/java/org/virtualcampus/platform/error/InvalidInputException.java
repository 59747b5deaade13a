package org.virtualcampus.platform.error;

import java.util.List;

/** Input that breaks a rule the services check (beyond Bean Validation); names every bad field. */
public class InvalidInputException extends DomainException {
  private final List<FieldError> fieldErrors;

  public InvalidInputException(String detail, List<FieldError> fieldErrors) {
    super("Invalid input", detail);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public InvalidInputException(String field, String message) {
    this(message, List.of(new FieldError(field, message)));
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
