package org.virtualcampus.platform.rest;

import jakarta.annotation.PostConstruct;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.virtualcampus.platform.persistence.StatementCounter;
import org.virtualcampus.platform.persistence.StatementCounting;

/**
 * With the test setting {@code campus.test-clock.enabled} or the benchmark setting {@code
 * campus.diagnostics.statements} on, a request carrying the header {@code
 * X-Campus-Count-Statements} gets back {@code X-Campus-Statements}: how many SQL statements its
 * resource method ran (sign-in excluded), and {@code X-Campus-Server-Micros}: the time from this
 * filter to the response filter. Tests use it to show that lists do not grow in statements with
 * their rows; the benchmark reports both. Without either setting the header is ignored.
 */
@Provider
public class StatementCountFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String ASK = "X-Campus-Count-Statements";
  static final String ANSWER = "X-Campus-Statements";
  static final String SERVER_TIME = "X-Campus-Server-Micros";
  private static final String STARTED = StatementCountFilter.class.getName() + ".started";

  private boolean enabled;

  @PostConstruct
  void readSetting() {
    enabled = StatementCounting.enabled();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (enabled && request.getHeaderString(ASK) != null) {
      request.setProperty(STARTED, System.nanoTime());
      StatementCounter.start();
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (enabled && request.getHeaderString(ASK) != null) {
      response.getHeaders().putSingle(ANSWER, StatementCounter.stop());
      if (request.getProperty(STARTED) instanceof Long started) {
        response.getHeaders().putSingle(SERVER_TIME, (System.nanoTime() - started) / 1_000);
      }
    }
  }
}
