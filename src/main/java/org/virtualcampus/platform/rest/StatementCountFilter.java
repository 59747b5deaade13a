package org.virtualcampus.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.virtualcampus.platform.persistence.StatementCounter;
import org.virtualcampus.platform.time.CampusClock;

/**
 * With the test setting {@code campus.test-clock.enabled} on, a request carrying the header {@code
 * X-Campus-Count-Statements} gets back {@code X-Campus-Statements}: how many SQL statements its
 * resource method ran (sign-in excluded). Tests use it to show that lists do not grow in statements
 * with their rows. Without the setting the header is ignored.
 */
@Provider
public class StatementCountFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String ASK = "X-Campus-Count-Statements";
  static final String ANSWER = "X-Campus-Statements";

  @Inject CampusClock clock;

  @Override
  public void filter(ContainerRequestContext request) {
    if (clock.shiftable() && request.getHeaderString(ASK) != null) {
      StatementCounter.start();
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (clock.shiftable() && request.getHeaderString(ASK) != null) {
      response.getHeaders().putSingle(ANSWER, StatementCounter.stop());
    }
  }
}
