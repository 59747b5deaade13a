package org.virtualcampus.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.notification.boundary.Rendered;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.Params;
import org.virtualcampus.platform.text.Formats;

/**
 * Renders a notification's kind and parameters from {@code templates*.properties} in the reader's
 * language (English, Spanish; anything else falls back to English), with instants in the reader's
 * time zone (by the rules of {@link Formats}, which the pages share) and links absolute on {@code
 * campus.public-url}. Templates are {@link MessageFormat} patterns with named arguments; see the
 * English file for the syntax.
 */
@ApplicationScoped
public class Templates {
  static final String BUNDLE = "org.virtualcampus.notification.templates";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** {name}, {name,instant}, {name,date}, or the start of {name,number…} / {name,choice…}. */
  private static final Pattern ARGUMENT =
      Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*(\\}|,\\s*(instant|date)\\s*\\}|,)");

  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:)]");

  @Inject
  @ConfigProperty(name = "campus.public-url", defaultValue = "http://localhost:8080")
  String publicUrl = "http://localhost:8080";

  /**
   * The texts of one notice. {@code secret} is given only when the relay writes the mail; without
   * it a link that needs one (the invitation's) says it was sent by e-mail.
   */
  public Rendered render(
      NotificationKind kind, Params params, Addressee to, Optional<String> secret) {
    ResourceBundle texts = bundle(to.locale());
    Map<String, String> values = values(kind, params, to, secret, texts);
    String subject = format(texts.getString(kind + ".subject"), values, to);
    String text =
        format(texts.getString("greeting"), values, to)
            + "\n\n"
            + format(texts.getString(kind + ".text"), values, to);
    return new Rendered(subject, text, html(text));
  }

  /** The daily digest: its own texts, then each notice's subject and text, then the footer. */
  public Rendered renderDigest(Params params, List<Rendered> notices, Addressee to) {
    Rendered head = render(NotificationKind.DAILY_DIGEST, params, to, Optional.empty());
    StringBuilder text = new StringBuilder(head.text());
    for (Rendered notice : notices) {
      text.append("\n\n— ").append(notice.subject()).append("\n\n").append(bodyOf(notice));
    }
    return withFooter(new Rendered(head.subject(), text.toString(), null), to);
  }

  /** A mail to a member ends with where they choose how they are told. */
  public Rendered withFooter(Rendered r, Addressee to) {
    ResourceBundle texts = bundle(to.locale());
    Map<String, String> values = Map.of("preferencesLink", preferencesLink());
    String text = r.text() + "\n\n--\n" + format(texts.getString("footer"), values, to);
    return new Rendered(r.subject(), text, html(text));
  }

  /** Text written before notifications became data, with the old invitation secret put back. */
  public Rendered legacy(String subject, String body, Addressee to, Optional<String> secret) {
    String text =
        body.replace(
            "token={secret}",
            secret
                .map(s -> "token=" + s)
                .orElse("token=… " + bundle(to.locale()).getString("link.withheld")));
    return new Rendered(subject, text, html(text));
  }

  public String preferencesLink() {
    return base() + "/me/notification-preferences.xhtml";
  }

  private String bodyOf(Rendered notice) {
    // The notice's greeting is the digest's already.
    int start = notice.text().indexOf("\n\n");
    return start < 0 ? notice.text() : notice.text().substring(start + 2);
  }

  private Map<String, String> values(
      NotificationKind kind,
      Params params,
      Addressee to,
      Optional<String> secret,
      ResourceBundle texts) {
    Map<String, String> values = new HashMap<>(params.asMap());
    values.put("recipientName", to.name() == null ? "" : to.name());
    values.put("recipientEmail", to.email() == null ? "" : to.email());
    values.put("link", link(kind, params, secret).orElse(texts.getString("link.withheld")));
    return values;
  }

  /** Where a notice points the reader: an absolute address, empty when it needs a secret. */
  Optional<String> link(NotificationKind kind, Params params, Optional<String> secret) {
    return switch (kind) {
      case WELCOME -> Optional.of(base() + "/login.xhtml");
      case MEMBER_WITHDREW ->
          Optional.of(
              base() + "/coordinator/cohort.xhtml?id=" + encode(params.get("cohortId").orElse("")));
      case COHORT_CANCELLED -> Optional.of(base() + "/cohorts.xhtml");
      case SESSION_REMINDER -> Optional.of(base() + "/me/sessions.xhtml");
      case FEEDBACK_RELEASED ->
          Optional.of(
              base() + "/me/learn.xhtml?cohort=" + encode(params.get("cohortId").orElse("")));
      case FALLING_BEHIND -> Optional.of(base() + "/me/attendance.xhtml");
      case INVITATION -> secret.map(s -> base() + "/invitation.xhtml?token=" + encode(s));
      case EMAIL_VERIFICATION -> secret.map(s -> base() + "/verify.xhtml?token=" + encode(s));
      case PASSWORD_RESET -> secret.map(s -> base() + "/reset-password.xhtml?token=" + encode(s));
      case DAILY_DIGEST -> Optional.of(base() + "/me/notifications.xhtml");
      default -> Optional.of(base() + "/me/cohorts.xhtml");
    };
  }

  private String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  static ResourceBundle bundle(Locale locale) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    } catch (MissingResourceException e) {
      return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
    }
  }

  /**
   * Formats a pattern with named arguments: names become MessageFormat's argument numbers, numbers
   * given to number and choice formats are passed as numbers, instants and dates are formatted here
   * in the reader's zone and language. A missing parameter shows as nothing (or 0).
   */
  static String format(String pattern, Map<String, String> values, Addressee to) {
    Locale locale = to.locale();
    List<Object> args = new ArrayList<>();
    Map<String, Integer> numbers = new HashMap<>();
    Matcher m = ARGUMENT.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = values.get(name);
      String type = m.group(3);
      String replacement;
      if (",".equals(m.group(2).trim())) {
        String key = name + "#number";
        Integer index = numbers.get(key);
        if (index == null) {
          index = args.size();
          numbers.put(key, index);
          args.add(number(value));
        }
        replacement = "{" + index + ",";
      } else {
        Object arg =
            "instant".equals(type)
                ? instant(value, to)
                : "date".equals(type) ? date(value, locale) : value == null ? "" : value;
        replacement = "{" + args.size() + "}";
        args.add(arg);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return new MessageFormat(out.toString(), locale).format(args.toArray());
  }

  private static Number number(String value) {
    if (value == null) {
      return 0L;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      try {
        return Double.parseDouble(value.trim());
      } catch (NumberFormatException again) {
        return 0L;
      }
    }
  }

  private static String instant(String value, Addressee to) {
    if (value == null) {
      return "";
    }
    return Formats.longDateTime(Instant.parse(value), to.zone(), to.locale());
  }

  private static String date(String value, Locale locale) {
    if (value == null) {
      return "";
    }
    return Formats.longDate(LocalDate.parse(value), locale);
  }

  /** The text as HTML: escaped, paragraphs kept, addresses as links. */
  static String html(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.split("\n\n")) {
      html.append("<p>").append(linkify(escape(paragraph)).replace("\n", "<br>")).append("</p>");
    }
    return html.toString();
  }

  private static String linkify(String escaped) {
    Matcher m = URL.matcher(escaped);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = m.group();
      m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
