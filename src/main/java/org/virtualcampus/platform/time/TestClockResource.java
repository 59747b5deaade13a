package org.virtualcampus.platform.time;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Lets integration tests move the application's clock forward instead of sleeping. Answers 404
 * unless the test setting {@code campus.test-clock.enabled} is on; admins only even then.
 */
@ApplicationScoped
@Path("test-clock")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class TestClockResource {
  @Inject CampusClock clock;

  public record Advance(String by) {}

  public record Now(Instant now, Duration shift) {}

  @GET
  @Operation(hidden = true)
  public Now now() {
    requireSwitchedOn();
    return new Now(clock.instant(), clock.shift());
  }

  @POST
  @Path("advance")
  @Operation(hidden = true)
  public Now advance(Advance body) {
    requireSwitchedOn();
    Duration by;
    try {
      by = Duration.parse(body == null || body.by() == null ? "" : body.by());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("by", "an ISO-8601 duration such as PT2H");
    }
    if (by.isNegative()) {
      throw new InvalidInputException("by", "the clock only moves forward");
    }
    clock.advance(by);
    return new Now(clock.instant(), clock.shift());
  }

  private void requireSwitchedOn() {
    if (!clock.shiftable()) {
      throw new NotFoundException("Resource", "test-clock");
    }
  }
}
