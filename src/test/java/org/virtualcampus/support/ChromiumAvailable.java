package org.virtualcampus.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips browser tests on a machine without Chromium, unless CI declared them required. */
public final class ChromiumAvailable implements ExecutionCondition {
  static final String REQUIRED = "required";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Path chromium = Path.of(System.getProperty("campus.chromium", "/usr/bin/chromium"));
    Path driver = Path.of(System.getProperty("campus.chromedriver", "/usr/bin/chromedriver"));
    if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
      return ConditionEvaluationResult.enabled("Chromium found at " + chromium);
    }
    String wanted =
        System.getProperty("campus.browser-tests", System.getenv("CAMPUS_BROWSER_TESTS"));
    if (REQUIRED.equalsIgnoreCase(wanted)) {
      return ConditionEvaluationResult.enabled(
          "Browser tests are required but Chromium is missing: they will fail");
    }
    return ConditionEvaluationResult.disabled(
        "Browser test skipped: no Chromium at "
            + chromium
            + " or no ChromeDriver at "
            + driver
            + " (install with `apt-get install -y chromium chromium-driver`;"
            + " CAMPUS_BROWSER_TESTS=required makes a missing browser fail instead)");
  }
}
