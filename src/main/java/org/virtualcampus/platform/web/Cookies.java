package org.virtualcampus.platform.web;

import java.util.Locale;

/** Completes a Set-Cookie header value with the attributes every campus cookie carries. */
final class Cookies {
  private Cookies() {}

  static String complete(String setCookie, boolean https) {
    String lower = setCookie.toLowerCase(Locale.ROOT);
    StringBuilder done = new StringBuilder(setCookie);
    if (!lower.contains("samesite=")) {
      done.append("; SameSite=Lax");
    }
    if (https && !hasAttribute(lower, "secure")) {
      done.append("; Secure");
    }
    return done.toString();
  }

  private static boolean hasAttribute(String lowerCookie, String attribute) {
    for (String part : lowerCookie.split(";")) {
      if (part.trim().equals(attribute)) {
        return true;
      }
    }
    return false;
  }
}
