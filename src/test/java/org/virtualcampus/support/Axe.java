package org.virtualcampus.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core in the page the browser shows, checking WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
public final class Axe {
  public static final List<String> WCAG_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  private Axe() {}

  /** One line per failing element: rule, element, what is wrong. Empty when the page passes. */
  public static List<String> violations(WebDriver driver) {
    Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
    List<String> found = new ArrayList<>();
    if (results.isErrored()) {
      found.add("axe failed to run: " + results.getErrorMessage());
    }
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        found.add(
            rule.getId()
                + " "
                + node.getTarget()
                + " "
                + oneLine(node.getHtml())
                + " — "
                + oneLine(node.getFailureSummary()));
      }
    }
    return found;
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String line = s.replaceAll("\\s+", " ").trim();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
