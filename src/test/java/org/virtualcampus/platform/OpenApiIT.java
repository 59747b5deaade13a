package org.virtualcampus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;

/**
 * The served /openapi document is valid OpenAPI 3 for an independent validator (swagger-parser),
 * and every operation tells clients its success code with a schema and its errors as problem
 * details.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {
  static final String PROBLEM_JSON = "application/problem+json";

  @ArquillianResource URL deploymentUrl;
  String document;

  @BeforeEach
  void fetch() {
    document =
        RestAssured.given()
            .accept("application/json")
            .get(new Campus(deploymentUrl).server().resolve("openapi"))
            .then()
            .statusCode(200)
            .extract()
            .asString();
  }

  @Test
  void servedDocumentPassesAnIndependentOpenApiValidator() {
    SwaggerParseResult result = parse();

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
  }

  /** Operations that answer with a file rather than JSON, and the media type they document. */
  static final Map<String, String> BINARY =
      Map.of(
          "GET /api/v1/files/{fileId}", "application/octet-stream",
          "GET /api/v1/sessions/{sessionId}/calendar", "text/calendar",
          "GET /api/v1/calendar-feeds/{token}", "text/calendar",
          "GET /api/v1/portfolio/pdf", "application/pdf",
          "GET /api/v1/cohorts/{cohortId}/attendance.csv", "text/csv",
          "GET /api/v1/cohorts/{cohortId}/summary.pdf", "application/pdf",
          "GET /api/v1/cohorts/{cohortId}/certificate.pdf", "application/pdf");

  @Test
  void everyOperationDocumentsItsSuccessWithASchema() {
    List<String> missing = new ArrayList<>();
    eachOperation(
        (name, op) -> {
          boolean documented =
              op.getResponses().entrySet().stream()
                      .filter(e -> e.getKey().startsWith("2"))
                      .map(e -> schemaOf(e.getValue(), "application/json"))
                      .anyMatch(s -> s != null && (s.get$ref() != null || s.getItems() != null))
                  || (BINARY.containsKey(name)
                      && op.getResponses().entrySet().stream()
                          .filter(e -> e.getKey().startsWith("2"))
                          .map(e -> schemaOf(e.getValue(), BINARY.get(name)))
                          .anyMatch(s -> s != null && "string".equals(s.getType())));
          if (!documented) {
            missing.add(name + ": no 2xx response with an application/json schema");
          }
          if (op.getResponses().containsKey("default")) {
            missing.add(name + ": an undocumented 'default' response");
          }
        });

    assertThat(missing).isEmpty();
  }

  @Test
  void everyOperationDocumentsItsErrorsAsProblemDetails() {
    List<String> missing = new ArrayList<>();
    eachOperation(
        (name, op) -> {
          var errors =
              op.getResponses().entrySet().stream()
                  .filter(e -> e.getKey().startsWith("4"))
                  .toList();
          if (errors.isEmpty()) {
            missing.add(name + ": no 4xx response");
          }
          for (var error : errors) {
            Schema<?> schema = schemaOf(error.getValue(), PROBLEM_JSON);
            if (schema == null || !"#/components/schemas/Problem".equals(schema.get$ref())) {
              missing.add(name + " " + error.getKey() + ": not an " + PROBLEM_JSON + " Problem");
            }
          }
        });

    assertThat(missing).isEmpty();
  }

  @Test
  void problemSchemaNamesEachInvalidField() {
    Map<String, Schema> schemas = parse().getOpenAPI().getComponents().getSchemas();
    Schema<?> problem = schemas.get("Problem");

    assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "errors");
    Schema<?> errors = problem.getProperties().get("errors");
    assertThat(errors.getItems()).isNotNull();
    Schema<?> fieldError = resolve(errors.getItems(), schemas);
    assertThat(fieldError.getProperties()).containsKeys("field", "message");
  }

  @Test
  void noSchemaForbidsItsOwnProperties() {
    assertThat(document).doesNotContainPattern("\"maxProperties\"\\s*:\\s*0\\b");
  }

  @Test
  void everyRequestBodyHasASchemaAndOperationIdsAreUnique() {
    List<String> missing = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    eachOperation(
        (name, op) -> {
          if (op.getRequestBody() != null) {
            op.getRequestBody()
                .getContent()
                .forEach(
                    (type, media) -> {
                      if (media.getSchema() == null) {
                        missing.add(name + ": request body " + type + " without a schema");
                      }
                    });
          }
          if (!ids.add(op.getOperationId())) {
            missing.add(name + ": operationId " + op.getOperationId() + " is used twice");
          }
        });

    assertThat(missing).isEmpty();
  }

  @Test
  void invitationsUploadAcceptsJsonAndCsv() {
    Operation invite =
        parse().getOpenAPI().getPaths().get("/api/v1/cohorts/{id}/invitations").getPost();

    Content body = invite.getRequestBody().getContent();
    assertThat(body).containsKeys("application/json", "text/csv");
    assertThat(body.get("application/json").getSchema().get$ref()).endsWith("/Invitees");
    assertThat(body.get("text/csv").getSchema().getType()).isEqualTo("string");
  }

  private SwaggerParseResult parse() {
    ParseOptions options = new ParseOptions();
    options.setValidateInternalRefs(true);
    return new OpenAPIV3Parser().readContents(document, null, options);
  }

  private void eachOperation(BiConsumer<String, Operation> check) {
    OpenAPI api = parse().getOpenAPI();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          resolveResponses(op, api);
                          check.accept(method + " " + path, op);
                        }));
  }

  /** Replaces each {@code $ref} to components/responses by the response it names. */
  private static void resolveResponses(Operation op, OpenAPI api) {
    op.getResponses()
        .replaceAll(
            (code, response) -> {
              String ref = response.get$ref();
              if (ref == null) {
                return response;
              }
              String name = ref.substring(ref.lastIndexOf('/') + 1);
              return api.getComponents().getResponses().getOrDefault(name, response);
            });
  }

  private static Schema<?> schemaOf(ApiResponse response, String mediaType) {
    if (response.getContent() == null) {
      return null;
    }
    MediaType media = response.getContent().get(mediaType);
    return media == null ? null : media.getSchema();
  }

  private static Schema<?> resolve(Schema<?> schema, Map<String, Schema> schemas) {
    String ref = schema.get$ref();
    return ref == null ? schema : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
