package org.virtualcampus.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors raised by JAX-RS itself (unknown path, wrong method, unsupported type) as problem+json.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
    String detail =
        switch (status) {
          case 400 ->
              "The request could not be read. Check that the body is valid JSON of the documented shape.";
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that method.";
          case 406 -> "This address cannot answer in the requested media type.";
          case 413 -> "The request body is larger than the API accepts.";
          case 415 -> "This address does not accept that media type; send application/json.";
          default -> title;
        };
    Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA);
    e.getResponse()
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
              }
            });
    return builder.entity(Problem.of("http-" + status, title, status, detail)).build();
  }
}
