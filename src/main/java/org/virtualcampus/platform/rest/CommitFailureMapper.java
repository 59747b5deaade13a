package org.virtualcampus.platform.rest;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * A transaction that fails at commit. A unique or check constraint that stopped a concurrent change
 * is a conflict the client can retry (409); anything else goes to the general mapper. This mapper
 * also keeps the JAX-RS implementation's own TransactionalException mapper out of the way.
 */
@Provider
public class CommitFailureMapper implements ExceptionMapper<TransactionalException> {
  @Override
  public Response toResponse(TransactionalException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return Problem.of(
                "concurrent-change",
                "Changed meanwhile",
                409,
                "Someone else changed the same data at the same moment. Reload and try again.")
            .toResponse();
      }
    }
    return new UnexpectedExceptionMapper().toResponse(e);
  }
}
