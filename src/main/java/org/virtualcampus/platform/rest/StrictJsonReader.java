package org.virtualcampus.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.virtualcampus.platform.error.FieldError;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * Reads every JSON request body as a JSON document first and checks it against the type it is to
 * become ({@link JsonShape}), so a wrong type, a fraction, a number that does not fit or a null
 * list item answers 400 naming the field instead of being coerced by JSON-B. The body is already
 * capped by {@link BodySizeLimit}.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class StrictJsonReader implements ReaderInterceptor {
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType()) || !JsonShape.checks(context.getGenericType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (body.length > 0) {
      List<FieldError> errors = JsonShape.check(context.getGenericType(), parse(body));
      if (!errors.isEmpty()) {
        throw new InvalidInputException(
            "The request body has " + errors.size() + " invalid field(s).", errors);
      }
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static JsonValue parse(byte[] body) {
    try (var reader = READERS.createReader(new ByteArrayInputStream(body))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      var at = e.getLocation();
      throw new InvalidInputException(
          "body",
          at == null
              ? "is not valid JSON"
              : "is not valid JSON (line "
                  + at.getLineNumber()
                  + ", column "
                  + at.getColumnNumber()
                  + ")");
    } catch (JsonException e) {
      throw new InvalidInputException("body", "is not valid JSON");
    }
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (type.getSubtype().equalsIgnoreCase("json")
            || type.getSubtype().toLowerCase().endsWith("+json"));
  }
}
