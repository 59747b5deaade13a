package org.virtualcampus.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.platform.error.Excerpt;
import org.virtualcampus.platform.error.FieldError;

/** An RFC 9457 problem detail, the body of every API error. */
@Schema(
    name = "Problem",
    description =
        "An RFC 9457 problem detail, the body of every error (application/problem+json). type is a"
            + " URN naming the kind of problem; errors (400 only) names each invalid field.")
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  /** Texts are cut to a short excerpt: no caller gets megabytes of their input back. */
  public Problem {
    detail = Excerpt.of(detail);
    errors =
        errors == null
            ? null
            : errors.stream()
                .map(e -> new FieldError(Excerpt.of(e.field()), Excerpt.of(e.message())))
                .toList();
  }

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
        .header("WWW-Authenticate", "Bearer realm=\"Virtual Campus\"")
        .entity(
            of(
                "unauthenticated",
                "Unauthorized",
                401,
                "Send a bearer token (POST /api/v1/tokens gives one) to use this endpoint."))
        .build();
  }

  static String typeUri(String kind) {
    return "urn:virtual-campus:problem:" + kind;
  }

  public Response toResponse() {
    return toResponseBuilder().build();
  }

  public Response.ResponseBuilder toResponseBuilder() {
    return Response.status(status).type(MEDIA).entity(this);
  }
}
