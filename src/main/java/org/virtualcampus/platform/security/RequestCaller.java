package org.virtualcampus.platform.security;

import jakarta.servlet.ServletRequest;
import java.util.Optional;
import java.util.Set;

/**
 * Who the authentication mechanism found for this request and the roles the identity store read for
 * it, kept as a request attribute. Role checks read it instead of asking the container's
 * authorization policy (JACC), which showed up in profiles at several permission checks per
 * request; the roles are the same ones, read from the database for this very request.
 */
public record RequestCaller(String memberId, Set<String> roles) {
  public static final String ATTRIBUTE = RequestCaller.class.getName();

  public RequestCaller {
    roles = Set.copyOf(roles);
  }

  /** The caller of this request, when the mechanism authenticated one. */
  public static Optional<RequestCaller> of(ServletRequest request) {
    return from(request.getAttribute(ATTRIBUTE));
  }

  /** For JAX-RS filters, whose request properties are the servlet request's attributes. */
  public static Optional<RequestCaller> from(Object attribute) {
    return attribute instanceof RequestCaller caller ? Optional.of(caller) : Optional.empty();
  }

  public boolean hasAnyRole(Set<String> wanted) {
    return wanted.stream().anyMatch(roles::contains);
  }
}
