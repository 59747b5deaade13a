package org.virtualcampus.platform.error;

/** At most a short excerpt of a text, so that no error body hands megabytes of input back. */
public final class Excerpt {
  public static final int MAX = 300;

  private Excerpt() {}

  public static String of(String text) {
    return text == null || text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
  }
}
