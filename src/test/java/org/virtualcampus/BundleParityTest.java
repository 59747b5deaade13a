package org.virtualcampus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every English text has its Spanish one, and both are patterns that format: the pages' bundle and
 * the notification templates. A pattern that takes arguments must not swallow them (a lone
 * apostrophe starts a quoted section in MessageFormat, so "coordinator's {0}" would print "{0}").
 */
class BundleParityTest {
  /** PrimeFaces fills these itself ({startRecord}); they are not MessageFormat patterns. */
  static final Set<String> NOT_MESSAGE_FORMAT = Set.of("paging.report");

  /** {name}, {name,instant}, {name,date} and the start of {name,number…}: named arguments. */
  static final Pattern NAMED =
      Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*(,\\s*(instant|date)\\s*)?");

  @ParameterizedTest
  @ValueSource(strings = {"org/virtualcampus/messages", "org/virtualcampus/notification/templates"})
  void everyEnglishKeyHasASpanishText(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties spanish = load(bundle + "_es.properties");
    assertThat(new TreeSet<>(spanish.stringPropertyNames()))
        .as("keys of %s_es", bundle)
        .containsAll(english.stringPropertyNames());
    assertThat(english.stringPropertyNames())
        .as("no Spanish key without an English one")
        .containsAll(spanish.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(spanish.getProperty(key)).as("%s in Spanish", key).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"org/virtualcampus/messages", "org/virtualcampus/notification/templates"})
  void everyPatternFormatsInBothLanguagesAndUsesTheSameArguments(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties spanish = load(bundle + "_es.properties");
    for (String key : english.stringPropertyNames()) {
      if (NOT_MESSAGE_FORMAT.contains(key)) {
        continue;
      }
      Set<String> argsEn = arguments(english.getProperty(key));
      Set<String> argsEs = arguments(spanish.getProperty(key));
      assertThat(argsEs).as("arguments of %s", key).isEqualTo(argsEn);
      check(key, english.getProperty(key), Locale.ENGLISH);
      check(key, spanish.getProperty(key), Locale.forLanguageTag("es"));
    }
  }

  private static void check(String key, String raw, Locale locale) {
    if (raw == null || !raw.contains("{")) {
      return;
    }
    String pattern = numbered(raw);
    Object[] samples = new Object[20];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = 3;
    }
    String out = new MessageFormat(pattern, locale).format(samples);
    assertThat(out).as("%s (%s) formats every argument", key, locale).doesNotContain("{");
  }

  /** Named arguments ({cohortName}) become numbered ones, as Templates does before formatting. */
  private static String numbered(String raw) {
    Map<String, Integer> index = new HashMap<>();
    Matcher m = NAMED.matcher(raw);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = index.computeIfAbsent(m.group(1), n -> index.size());
      m.appendReplacement(out, Matcher.quoteReplacement("{" + i));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Set<String> arguments(String raw) {
    Set<String> names = new TreeSet<>();
    if (raw == null) {
      return names;
    }
    Matcher named = NAMED.matcher(raw);
    while (named.find()) {
      names.add(named.group(1));
    }
    Matcher numbered = Pattern.compile("\\{\\s*(\\d+)").matcher(raw);
    while (numbered.find()) {
      names.add(numbered.group(1));
    }
    return names;
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundleParityTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
