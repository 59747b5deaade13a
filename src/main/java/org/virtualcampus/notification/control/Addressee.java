package org.virtualcampus.notification.control;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Whom a notification is rendered for: the name and address it greets, the language of its
 * templates and the time zone of its times. Members' current settings; invitees get English and UTC
 * unless the invitation said otherwise.
 */
public record Addressee(String name, String email, String language, ZoneId zone) {
  public Locale locale() {
    return Locale.forLanguageTag(language == null || language.isBlank() ? "en" : language);
  }
}
