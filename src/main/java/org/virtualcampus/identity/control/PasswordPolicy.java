package org.virtualcampus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

/**
 * What a new password must be: 12 to 200 characters, not on the bundled list of common passwords
 * (nor such a password with digits or symbols around it, or with letters written as digits: {@code
 * P@ssw0rd2024!}), no character five times in a row, no run of five such as {@code abcde}, {@code
 * 12345} or {@code qwert}, and not one short part repeated. No composition rules (NIST SP 800-63B):
 * a long passphrase is fine. The list is a curated few hundred entries, not a full breach corpus.
 * Applies to passwords people choose; the seeded demo accounts are data.
 */
@ApplicationScoped
public class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;
  static final String COMMON = "/org/virtualcampus/identity/common-passwords.txt";

  private final WordListDictionary common;
  private final PasswordValidator validator;

  public PasswordPolicy() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      common =
          new WordListDictionary(
              WordLists.createFromReader(new Reader[] {reader}, false, new ArraysSort()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + COMMON, e);
    }
    validator =
        new PasswordValidator(
            List.of(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new DictionaryRule(common),
                new RepeatCharacterRegexRule(5),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false)));
  }

  /** Why this password is refused, in words for the field's error; empty when it is good. */
  public Optional<String> weakness(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("password is required");
    }
    RuleResult result = validator.validate(new PasswordData(password));
    if (!result.isValid()) {
      return Optional.of(reason(result.getDetails().get(0).getErrorCode()));
    }
    if (common.search(core(password)) || common.search(plain(core(password)))) {
      return Optional.of(reason(DictionaryRule.ERROR_CODE));
    }
    if (password.matches("(?s)(.{1,6})\\1+")) {
      return Optional.of("password repeats one short part");
    }
    return Optional.empty();
  }

  private static String reason(String errorCode) {
    return switch (errorCode) {
      case "TOO_SHORT", "TOO_LONG" ->
          "password must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters";
      case "ILLEGAL_WORD", "ILLEGAL_WORD_REVERSED" ->
          "password is on a list of common passwords; choose a longer phrase of your own";
      case "ILLEGAL_MATCH" -> "password repeats one character too many times in a row";
      default -> "password contains a run such as abcde, 12345 or qwert";
    };
  }

  /** The password without the digits and symbols people put before or after a word. */
  static String core(String password) {
    return password
        .toLowerCase(Locale.ROOT)
        .replaceAll("^[^\\p{L}]+", "")
        .replaceAll("[^\\p{L}]+$", "");
  }

  /** Letters that people write as digits or symbols, written as letters again. */
  static String plain(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(
          switch (c) {
            case '@', '4' -> 'a';
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '$', '5' -> 's';
            case '7' -> 't';
            default -> c;
          });
    }
    return out.toString();
  }
}
