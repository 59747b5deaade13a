package org.virtualcampus.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind this request, for abuse limits. Behind a reverse proxy that
 * {@code campus.trust-proxy} vouches for, it is the last {@code X-Forwarded-For} entry: the one our
 * proxy added, which a client cannot forge (entries to its left can be).
 */
@RequestScoped
public class ClientAddress {

  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "campus.trust-proxy", defaultValue = "false")
  boolean trustProxy;

  public String value() {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustProxy);
  }

  static String of(String remoteAddress, String forwardedFor, boolean trustProxy) {
    if (trustProxy && forwardedFor != null && !forwardedFor.isBlank()) {
      String[] hops = forwardedFor.split(",");
      String last = hops[hops.length - 1].trim();
      if (!last.isEmpty()) {
        return last;
      }
    }
    return remoteAddress == null ? "unknown" : remoteAddress;
  }
}
