package org.virtualcampus.platform.persistence;

import java.util.Locale;

/**
 * LIKE patterns from what people type: {@code %} and {@code _} match themselves, not "anything".
 * Queries write {@code like :text escape '!'} (a backslash would mean different things to H2 and
 * MySQL).
 */
public final class Like {
  public static final char ESCAPE = '!';

  private Like() {}

  /** A pattern matching any text that contains {@code text}, lower-cased; null for blank text. */
  public static String containsLowerCase(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return "%" + literal(text.trim().toLowerCase(Locale.ROOT)) + "%";
  }

  static String literal(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        escaped.append(ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
