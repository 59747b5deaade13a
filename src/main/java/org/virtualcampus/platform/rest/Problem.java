package org.virtualcampus.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.virtualcampus.platform.error.FieldError;

/** An RFC 9457 problem detail, the body of every API error. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

  public static Problem of(String kind, String title, int status, String detail) {
    return new Problem(typeUri(kind), title, status, detail, null);
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem(typeUri("validation"), "Invalid input", 400, detail, errors);
  }

  /** 401 with the challenge that tells clients which scheme to use. */
  public static Response unauthenticated() {
    return Response.status(401)
        .type(MEDIA)
        .header("WWW-Authenticate", "Basic realm=\"Virtual Campus\", charset=\"UTF-8\"")
        .entity(
            of(
                "unauthenticated",
                "Unauthorized",
                401,
                "Sign in with HTTP Basic (e-mail and password) to use this endpoint."))
        .build();
  }

  static String typeUri(String kind) {
    return "urn:virtual-campus:problem:" + kind;
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA).entity(this).build();
  }
}
