package org.virtualcampus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.virtualcampus.platform.text.MarkdownText;

class MarkdownTextTest {

  @Test
  void formattingListsAndLinksSurvive() {
    String html =
        MarkdownText.toHtml(
            "# Ask-Tell-Ask\n\n1. **Ask** first\n2. *Tell* what you saw\n\n[R2C2](https://example.org/r2c2)");
    assertThat(html)
        .contains("<h1>Ask-Tell-Ask</h1>", "<ol>", "<strong>Ask</strong>", "<em>Tell</em>")
        .contains("href=\"https://example.org/r2c2\"")
        .contains("noopener", "noreferrer");
  }

  @Test
  void scriptsHandlersJavascriptLinksAndFramesAreRenderedHarmless() {
    String html =
        MarkdownText.toHtml(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3))\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "<a href=\"javascript:alert(4)\" onclick=\"alert(5)\">x</a>");
    assertThat(html)
        .doesNotContain("<script", "onerror=", "onclick=", "<iframe", "href=\"javascript");
    assertThat(html).as("the text is shown, escaped").contains("&lt;script&gt;");
  }

  @Test
  void nothingBecomesEmpty() {
    assertThat(MarkdownText.toHtml(null)).isEmpty();
    assertThat(MarkdownText.toHtml("  ")).isEmpty();
  }
}
