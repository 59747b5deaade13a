package org.virtualcampus.platform.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown written by members and staff, as HTML that is safe to put in a page: CommonMark renders
 * it (raw HTML in the text is escaped, not passed through), then the OWASP sanitizer keeps only
 * formatting, links to http(s) and mailto, tables and images by https, so no script, event handler,
 * {@code javascript:} link or inline frame survives whatever the text holds.
 */
public final class MarkdownText {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowUrlProtocols("https", "http", "mailto")
                  .allowAttributes("href")
                  .onElements("a")
                  .requireRelsOnLinks("noopener", "noreferrer")
                  .allowElements("img")
                  .allowUrlProtocols("https")
                  .allowAttributes("src", "alt")
                  .onElements("img")
                  .allowElements("pre", "code", "hr", "br")
                  .toFactory());

  private MarkdownText() {}

  /** Safe HTML for the Markdown text; empty for none. */
  public static String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }
}
