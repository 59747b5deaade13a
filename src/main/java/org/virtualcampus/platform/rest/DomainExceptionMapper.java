package org.virtualcampus.platform.rest;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.DomainException;
import org.virtualcampus.platform.error.GoneException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.error.PayloadTooLargeException;
import org.virtualcampus.platform.error.StaleEditException;
import org.virtualcampus.platform.error.StorageUnavailableException;
import org.virtualcampus.platform.error.TooManyRequestsException;
import org.virtualcampus.platform.error.UnsupportedTypeException;
import org.virtualcampus.platform.error.UploadInterruptedException;

/** Maps each kind of business exception to its one HTTP status. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Override
  public jakarta.ws.rs.core.Response toResponse(DomainException e) {
    if (e instanceof InvalidInputException invalid) {
      return Problem.invalid(invalid.detail(), invalid.fieldErrors()).toResponse();
    }
    if (e instanceof StaleEditException stale) {
      return StaleEditProblem.of(stale).toResponse();
    }
    if (e instanceof NotFoundException) {
      return Problem.of("not-found", e.title(), 404, e.detail()).toResponse();
    }
    if (e instanceof ConflictException) {
      return Problem.of("conflict", e.title(), 409, e.detail()).toResponse();
    }
    if (e instanceof GoneException) {
      return Problem.of("gone", e.title(), 410, e.detail()).toResponse();
    }
    if (e instanceof TooManyRequestsException wait) {
      return Problem.of("too-many-requests", e.title(), 429, e.detail())
          .toResponseBuilder()
          .header("Retry-After", wait.retryAfter().toSeconds())
          .build();
    }
    if (e instanceof PayloadTooLargeException) {
      return Problem.of("payload-too-large", e.title(), 413, e.detail()).toResponse();
    }
    if (e instanceof StorageUnavailableException storage) {
      java.util.logging.Logger.getLogger(DomainExceptionMapper.class.getName())
          .log(java.util.logging.Level.SEVERE, "The file store refused a file", e.getCause());
      return Problem.of(
              storage.full() ? "storage-full" : "storage-unavailable",
              e.title(),
              storage.full() ? 507 : 503,
              e.detail())
          .toResponseBuilder()
          .header("Retry-After", 60)
          .build();
    }
    if (e instanceof UploadInterruptedException) {
      return Problem.of("upload-interrupted", e.title(), 400, e.detail()).toResponse();
    }
    if (e instanceof UnsupportedTypeException) {
      return Problem.of("unsupported-media-type", e.title(), 415, e.detail()).toResponse();
    }
    if (e instanceof AccessDeniedException) {
      return Problem.of("forbidden", e.title(), 403, e.detail()).toResponse();
    }
    return Problem.of("rule-violated", e.title(), 422, e.detail()).toResponse();
  }
}
