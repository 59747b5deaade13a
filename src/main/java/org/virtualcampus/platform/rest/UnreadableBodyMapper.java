package org.virtualcampus.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.virtualcampus.platform.error.DomainException;
import org.virtualcampus.platform.error.FieldError;

/**
 * A request body that JSON-B could not turn into the documented shape: 400 naming the field (from
 * JSON-B's "Unable to deserialize property 'x'" chain) and saying what kind of value belongs there,
 * without quoting the value.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
  private static final Pattern PROPERTY =
      Pattern.compile("Unable to deserialize property '([^']{1,100})'");

  @Override
  public Response toResponse(ProcessingException e) {
    return problemFor(e);
  }

  static Response problemFor(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return new DomainExceptionMapper().toResponse(domain);
      }
    }
    FieldError error = new FieldError(field(e), reason(e));
    return Problem.invalid(
            "The request body could not be read: " + error.field() + " " + error.message() + ".",
            List.of(error))
        .toResponse();
  }

  private static String field(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException && t.getMessage() != null) {
        List<String> path = new ArrayList<>();
        var matcher = PROPERTY.matcher(t.getMessage());
        while (matcher.find()) {
          path.add(matcher.group(1));
        }
        if (!path.isEmpty()) {
          return String.join(".", path);
        }
      }
    }
    return "body";
  }

  private static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DateTimeException) {
        return "must be a valid date or time in ISO-8601 form";
      }
      if (t instanceof JsonParsingException) {
        return "is not valid JSON";
      }
      if (t instanceof IllegalArgumentException
          && String.valueOf(t.getMessage()).startsWith("No enum constant")) {
        return "is not one of the allowed values";
      }
    }
    return "has a value of the wrong type";
  }
}
