package org.virtualcampus.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.virtualcampus.platform.error.DomainException;

/**
 * Last line of defence: nothing but a reference number reaches the client, the stack trace goes to
 * the log under the same number. Exceptions wrapped by the transaction interceptor are unwrapped so
 * that a business exception thrown inside a transaction still gets its own status.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return new DomainExceptionMapper().toResponse(domain);
      }
      if (t instanceof jakarta.validation.ConstraintViolationException cve) {
        return new ConstraintViolationMapper().toResponse(cve);
      }
      if (t instanceof JsonbException || t instanceof ProcessingException) {
        return UnreadableBodyMapper.problemFor(e);
      }
      if (DatabaseOutage.is(t)) {
        LOG.log(Level.WARNING, "The database is unreachable: {0}", String.valueOf(t));
        return DatabaseOutage.problem().toResponseBuilder().header("Retry-After", 5).build();
      }
      if (t instanceof OptimisticLockException) {
        return Problem.of(
                "concurrent-change",
                "Changed meanwhile",
                409,
                "Someone else changed this at the same time. Reload and try again.")
            .toResponse();
      }
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
    return Problem.of(
            "internal",
            "Internal Server Error",
            500,
            "Something went wrong on our side. Quote reference " + reference + " if you report it.")
        .toResponse();
  }
}
