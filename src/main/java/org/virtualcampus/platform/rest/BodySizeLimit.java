package org.virtualcampus.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code campus.api.max-body-bytes} with 413 before anything reads
 * them; a body sent without a length is cut off at the same limit while it is read. File uploads
 * ({@link StreamedUpload}) stream to storage under their own limits instead.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Inject
  @ConfigProperty(name = "campus.api.max-body-bytes", defaultValue = "1048576")
  long maxBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceMethod() != null
        && resource.getResourceMethod().isAnnotationPresent(StreamedUpload.class)) {
      return;
    }
    if (request.getLength() > maxBytes) {
      request.abortWith(tooLarge());
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBytes));
    }
  }

  private jakarta.ws.rs.core.Response tooLarge() {
    return Problem.of(
            "payload-too-large",
            "Payload Too Large",
            413,
            "The request body is larger than " + maxBytes + " bytes, the most this API accepts.")
        .toResponse();
  }

  private final class LimitedStream extends FilterInputStream {
    private long remaining;

    LimitedStream(InputStream in, long limit) {
      super(in);
      this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --remaining < 0) {
        throw new jakarta.ws.rs.WebApplicationException(tooLarge());
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = super.read(buffer, off, len);
      if (n > 0) {
        remaining -= n;
        if (remaining < 0) {
          throw new jakarta.ws.rs.WebApplicationException(tooLarge());
        }
      }
      return n;
    }
  }
}
