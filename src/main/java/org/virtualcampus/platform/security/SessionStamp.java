package org.virtualcampus.platform.security;

import jakarta.servlet.http.HttpSession;
import java.util.OptionalLong;

/**
 * The credentials version a page session signed in with, kept in the (replicated) HTTP session. The
 * database stays the source of truth: every page request compares the stamp with the member's
 * current version.
 */
public final class SessionStamp {
  static final String ATTRIBUTE = "org.virtualcampus.credentialsVersion";

  private SessionStamp() {}

  /** Keeps the session alive across a change the member made in it (their own password change). */
  public static void keep(HttpSession session, long credentialsVersion) {
    session.setAttribute(ATTRIBUTE, credentialsVersion);
  }

  static OptionalLong of(HttpSession session) {
    Object stamp = session == null ? null : session.getAttribute(ATTRIBUTE);
    return stamp instanceof Long version ? OptionalLong.of(version) : OptionalLong.empty();
  }
}
