package org.virtualcampus.notification.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The named parameters of a notification: small values (ids, names, titles, instants, dates,
 * numbers), never rendered text and never secrets. Stored as one {@code name=value} a line, with
 * backslash, line feed and carriage return escaped in values; instants and dates in ISO-8601.
 */
public final class Params {
  /** The column's size. */
  public static final int MAX_ENCODED = 4000;

  static final int MAX_VALUE = 500;
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");
  private static final Params EMPTY = new Params(new TreeMap<>());

  private final TreeMap<String, String> values;

  private Params(TreeMap<String, String> values) {
    this.values = values;
  }

  public static Params empty() {
    return EMPTY;
  }

  public static Params of(Map<String, ?> values) {
    Params p = EMPTY;
    for (Map.Entry<String, ?> e : values.entrySet()) {
      p = p.with(e.getKey(), e.getValue());
    }
    return p;
  }

  /**
   * A copy with one more value; null values are left out, long texts cut. Instants and dates are
   * kept in ISO-8601 so templates can format them in the reader's time zone and language.
   */
  public Params with(String name, Object value) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a parameter name: " + name);
    }
    if (value == null) {
      return this;
    }
    String text =
        value instanceof Instant || value instanceof LocalDate || value instanceof Number
            ? value.toString()
            : String.valueOf(value);
    TreeMap<String, String> copy = new TreeMap<>(values);
    copy.put(name, text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) : text);
    return new Params(copy);
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(values);
  }

  public String encode() {
    StringBuilder out = new StringBuilder();
    values.forEach(
        (name, value) -> out.append(name).append('=').append(escape(value)).append('\n'));
    if (out.length() > MAX_ENCODED) {
      throw new IllegalArgumentException("notification parameters exceed " + MAX_ENCODED);
    }
    return out.toString();
  }

  public static Params decode(String text) {
    if (text == null || text.isEmpty()) {
      return EMPTY;
    }
    TreeMap<String, String> values = new TreeMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
      }
    }
    return new Params(values);
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Params p && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
