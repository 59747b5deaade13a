package org.virtualcampus.platform.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The parts of the OpenAPI document that many operations share: one response per error status, each
 * an {@code application/problem+json} {@link Problem}, and a typed page schema ({@code <Item>Page})
 * for every list, since the generic {@link PageResponse} would otherwise document its items as bare
 * objects. Operations refer to the responses with {@code @APIResponse(responseCode = "404", ref =
 * NOT_FOUND)} and to the pages with {@code @Schema(ref = "CourseViewPage")}. Registered as {@code
 * mp.openapi.model.reader}; the annotations are merged on top of this model.
 */
public class ApiComponents implements OASModelReader {

  public static final String BAD_REQUEST = "BadRequest";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_FOUND = "NotFound";
  public static final String NOT_ACCEPTABLE = "NotAcceptable";
  public static final String CONFLICT = "Conflict";
  public static final String GONE = "Gone";
  public static final String TOO_LARGE = "PayloadTooLarge";
  public static final String UNSUPPORTED_TYPE = "UnsupportedMediaType";
  public static final String TOO_MANY = "TooManyRequests";
  public static final String RANGE = "RangeNotSatisfiable";

  private record ErrorResponse(String name, String description) {}

  private static final List<ErrorResponse> ERRORS =
      List.of(
          new ErrorResponse(
              BAD_REQUEST,
              "Invalid input: an unreadable body, a bad query parameter or a field that breaks a"
                  + " rule; errors names each field."),
          new ErrorResponse(
              UNAUTHORIZED,
              "No valid bearer token (none, unknown, expired or revoked; or a wrong e-mail or"
                  + " password for a new one); the WWW-Authenticate header asks for a Bearer token."),
          new ErrorResponse(
              FORBIDDEN,
              "The caller's roles, or their relation to this resource, do not allow it."),
          new ErrorResponse(NOT_FOUND, "Nothing with this id or token."),
          new ErrorResponse(NOT_ACCEPTABLE, "The Accept header excludes application/json."),
          new ErrorResponse(
              CONFLICT,
              "The current state does not allow the change (or someone else changed the same data"
                  + " at the same moment)."),
          new ErrorResponse(GONE, "The link was used already or has expired; ask for a new one."),
          new ErrorResponse(TOO_LARGE, "The body is larger than the API accepts."),
          new ErrorResponse(
              UNSUPPORTED_TYPE, "The body's Content-Type is not one this operation" + " accepts."),
          new ErrorResponse(
              RANGE,
              "The Range lies outside the file; Content-Range: bytes */size gives its size."),
          new ErrorResponse(
              TOO_MANY,
              "Too many attempts from this client or for this account in a short time; the"
                  + " Retry-After header gives the seconds to wait."));

  /** The records that list endpoints return in pages. */
  private static final List<String> PAGED =
      List.of(
          "CohortView",
          "CourseView",
          "EnrollmentView",
          "InvitationView",
          "MemberView",
          "NotificationView",
          "OutboxEntry",
          "WaitlistEventView");

  @Override
  public OpenAPI buildModel() {
    var components = OASFactory.createComponents();
    Schema problem = OASFactory.createSchema().ref("Problem");
    for (ErrorResponse error : ERRORS) {
      var response =
          OASFactory.createAPIResponse()
              .description(error.description())
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(problem)));
      if (error.name().equals(TOO_MANY)) {
        response.addHeader(
            "Retry-After",
            OASFactory.createHeader()
                .description("Seconds to wait before trying again")
                .schema(integer("int64")));
      }
      components.addResponse(error.name(), response);
    }
    for (String item : PAGED) {
      components.addSchema(item + "Page", page(item));
    }
    components.addSchema(
        "NotificationPreferences",
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .description(
                "Kind of notice (SEAT_OFFERED, ENROLLED, ...) to how it is delivered: EMAIL at once,"
                    + " DIGEST in one mail a day, or IN_APP only.")
            .additionalPropertiesSchema(
                OASFactory.createSchema()
                    .type(SchemaType.STRING)
                    .enumeration(List.of("EMAIL", "DIGEST", "IN_APP"))));
    return OASFactory.createOpenAPI().components(components);
  }

  private static Schema page(String item) {
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .description("One page of " + item + " records; page counts from 0.")
        .addProperty(
            "items",
            OASFactory.createSchema()
                .type(SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref(item)))
        .addProperty("page", integer("int32"))
        .addProperty("size", integer("int32"))
        .addProperty("total", integer("int64"))
        .addProperty("totalPages", integer("int32"))
        .required(List.of("items", "page", "size", "total", "totalPages"));
  }

  private static Schema integer(String format) {
    return OASFactory.createSchema().type(SchemaType.INTEGER).format(format);
  }
}
