package org.virtualcampus.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether the browser reached us over HTTPS: directly, or through a proxy that terminates TLS and
 * says so in {@code X-Forwarded-Proto}. The header is believed only when {@code campus.trust-proxy}
 * is on, because any client can send it.
 */
public final class Https {
  private Https() {}

  public static boolean served(HttpServletRequest request, boolean trustProxy) {
    return request.isSecure()
        || (trustProxy && forwardedHttps(request.getHeader("X-Forwarded-Proto")));
  }

  static boolean forwardedHttps(String header) {
    if (header == null) {
      return false;
    }
    int comma = header.indexOf(',');
    String first = comma < 0 ? header : header.substring(0, comma);
    return "https".equalsIgnoreCase(first.trim());
  }
}
