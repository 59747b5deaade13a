package org.virtualcampus.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.virtualcampus.platform.error.FieldError;

/**
 * Bean Validation failures become a 400 naming every field. Being more specific than the JAX-RS
 * implementation's own ValidationException mapper, this one wins (a test checks it).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(ConstraintViolationMapperSupport.fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    return Problem.invalid("The request has " + errors.size() + " invalid field(s).", errors)
        .toResponse();
  }
}
